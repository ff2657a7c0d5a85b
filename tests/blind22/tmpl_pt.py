"""Portuguese templates (pt_PT and pt_BR values)."""

TEMPLATES = [
    "oi, aqui é {lname}, não consigo entrar na conta desde a atualização. meu email é {email}",
    "A cliente {name} informa que a encomenda {order} nunca chegou (rastreio {tracking}). Endereço de entrega: "
    "{addr}. Ligar de volta para {phone}.",
    "O app fecha sozinho desde a versão {version}. Escrevi para {supmail} e nada. Duas estrelas.",
    "Fui muito bem atendida pela Sra. {last} na loja de {city}. Recomendo a {company}!",
    """\
Exmos. Senhores,

Solicito a atualização dos meus dados bancários. Novo IBAN: {iban}, titular {name}.
Por favor deixem de debitar o cartão terminado em {masked}.

Com os melhores cumprimentos,
{name}
{addrnl}
Tel.: {phone}""",
    "Nota RH {date}: {REV} pediu licença parental a partir de {date.2}. NIF/CPF {nid}. Contacto: {wemail}.",
    "Doente {fLAST}, data de nascimento {dob}, consulta de seguimento de HTA. Terapêutica sem alterações. "
    "Carta enviada ao Dr. {last.2}.",
    """\
{name}
{addrnl}

{city}, {date}

Assunto: reclamação da fatura {invoice}

Exmos. Senhores,

A assinatura foi cobrada em duplicado: no meu cartão {card} aparecem dois débitos de {amount}. A vossa linha de \
apoio {hotline} nunca atende.

Solicito o reembolso para a conta {iban}.

Atentamente,
{init}""",
    "Se eu não estiver, deixem a encomenda com a vizinha {name.2} (2.º esq.) ou liguem para {phone}.",
    "O pagamento é confuso e a entrega demorou nove dias. Só recomendaria a {company} se melhorarem a app.",
    "{date} chamada com {rev}: quer mudar para o plano premium, prefere contacto por email ({email}). "
    "Voltar a contactar na próxima semana. – {first.2}",
    "Obrigadão, {name}, por ter devolvido a carteira que perdi no comboio das {time} para {city}! 🙏",
    "Resumo da chamada: o cliente identificou-se como {name}, nascido a {dob}. Morada confirmada: {addr}. "
    "Movimentos suspeitos no cartão {card}; cartão bloqueado. Processo {ticket}.",
    "Observações: mudei de casa, o novo endereço é {addr}.",
    "pode mandar a fatura pro {email}? valeu, {lfirst}",
    "Conta {email} bloqueada após 5 tentativas a partir do IP {ip}. Último acesso com sucesso a partir de {ip.2}. "
    "N.º cliente {custno}.",
    "Notas da versão: firmware do router atualizado para {version}, corrigida fuga de memória. Mais em {weburl}.",
    "Candidata {name} ({email}, {phone}), 5 anos de experiência em Java. Perfil: {url}. Segunda entrevista com "
    "{name.2} em {date}.",
    "{first} da loja de {city} foi super simpática!!",
    """\
Olá {first},

Obrigado pela chamada de hoje. Conforme combinado, envio o contrato. Pode confirmar a sua data de nascimento? \
Temos {dob} no processo.

Abraço,
{name.2}
Gestor de cliente | {company}
{wemail.2} | {phone.2}""",
    "Encomendei em {date}, pedido {order}, e até agora nada. A página de rastreio ({weburl}) diz «em preparação» "
    "há uma semana. Cumprimentos, {first}",
    "Referenciação: {NAME}, nascida em {dob}, residente na {addr}. Lombalgia crónica. Contacto: {phone}.",
    "Alteração de conta-salário de {rev}: novo IBAN {iban} a partir do próximo mês. Aprovado por {init.2}.",
    "Alguém conhece um bom canalizador em {city}? O nosso pede {amount} só para vir ver 😤",
    "o número do meu cartão é {card}, validade 09/27, podem cobrar o valor em aberto",
    "Declaro que {name} reside no imóvel sito na {addr} desde {date}, tendo sempre pago a renda. O senhorio, "
    "{name.2}, tel. {phone.2}",
    "Verificação: requerente {name}, NIF/CPF {nid}, nascido em {dob}. IP {ip} não corresponde ao país de faturação. "
    "Processo {ticket} escalado.",
    "Meu portfólio: {url} — encomendas por DM!",
    "A minha encomenda ({product}) chegou danificada. Pedi a troca via {supmail}, ticket {ticket}, ref. {ref16}.",
    "Entregar na receção, perguntar por {fLAST} (3.º andar). Telemóvel: {phone}",
    "Nome: {name}\nEmail: {email}\nTelefone: {phone}\nN.º de série: SN-{serial}\nAvaria: ecrã pisca após "
    "atualização para {version}.",
    "Muito obrigada pela rapidez!\n\n{first}",
    "Bom dia, sou {name}, nasci em {dob}. Perdi o cartão de cidadão, podem ligar-me para {phonei}?",
    "Inquérito: o técnico chegou a {date} às {time}, duas horas atrasado. A linha {hotline} não resolve nada.",
    "O Sr. {LAST} (cliente {custno}) contesta a multa. Pede resposta por carta para {addr}.",
]
