"""Portuguese document templates (blind20)."""

TEMPLATES = [
    (
        "email_thread",
        """Assunto: RE: Avaria do esquentador – {p1.addr}

Olá {p1.first},

Obrigado pela resposta rápida. O nosso técnico, {p2.full}, passará no dia {d3} entre as 9h e as 12h. Se não der jeito, ligue-me diretamente para o {p3.phone} e não para a linha geral.

Com os melhores cumprimentos,
{p3.full}
Coordenação de Assistência Técnica | {co}
{co.addr}
Tel. direto: {p3.phone} | {p3.wmail}
Linha de apoio: {co.hotline}

-----Mensagem original-----
De: {p1.full} <{p1.email}>
Enviada: {d2} {t1}
Para: {co.mail}
Assunto: Avaria

Boa tarde, desde {d1} o esquentador do meu apartamento deixou de funcionar. O senhorio, {p4.title} {p4.last}, já autorizou a substituição. Podem contactar-me pelo {p1.mobile}.
{p1.first}""",
    ),
    (
        "email_thread",
        """De: {p1.wmail}
Para: {p2.email}
Data: {d2}
Assunto: A sua candidatura – Técnico/a Administrativo/a (ref. {ref})

Caro/a {p2.first},

Na sequência da entrevista com {p3.init} e comigo, temos o prazer de lhe propor a posição. Para o contrato, os Recursos Humanos precisam do seu número de contribuinte, data de nascimento e IBAN para o vencimento.
Por favor, não os envie por e-mail: carregue-os no portal de candidatos ({co.web}).

Cumprimentos,
{p1.full}
Recrutamento, {co}

> Em {d1}, {p2.full} escreveu:
> Olá {p1.first}, gostaria de saber se há novidades. O meu novo telemóvel é {p2.mobile}.
> Obrigado/a, {p2.first}""",
    ),
    (
        "phone_transcript",
        """TRANSCRIÇÃO DE CHAMADA – {co} – {d1}, {t1}
Assistente: {co}, boa tarde, fala {p1.first}, em que posso ajudar?
Cliente: Olá, é {p2.full}. Tenho um movimento no cartão que não reconheço.
Assistente: Lamento. Para confirmar a identidade, pode indicar a sua data de nascimento?
Cliente: Nasci a {p2.dob}.
Assistente: Obrigada. E a morada?
Cliente: {p2.addr}.
Assistente: Vejo um pagamento de {amount} com o cartão {masked}. É este?
Cliente: Sim, esse mesmo.
Assistente: Vou cancelar o cartão e abrir o processo {ticket}. Ligamos-lhe para o {p2.mobile}?
Cliente: Sim, por favor.
Assistente: Com certeza, {p2.title} {p2.last}. Bom dia.""",
    ),
    (
        "insurance_claim",
        """PARTICIPAÇÃO DE SINISTRO AUTOMÓVEL
N.º do sinistro: {claim}     Apólice: {policy}

No dia {d1}, cerca das {t1}, o/a nosso/a segurado/a {p1.full} (data de nascimento {p1.dob}) estava parado/a num semáforo no centro de {city} quando a carrinha conduzida por {p2.full} fez marcha-atrás e embateu na frente do veículo. O terceiro assumiu a culpa na declaração amigável e indicou: morada {p2.addr}, telefone {p2.mobile}.
Testemunha: {p3.Flast}, contacto {p3.phone}.
Danos: para-choques dianteiro, capô, farol direito. Orçamento da oficina {co} em anexo ({amount}).
Indemnização a pagar na conta do segurado: {p1.iban}
Gestor: {p4.init}""",
    ),
    (
        "police_report",
        """AUTO DE DENÚNCIA
N.º do processo: {ticket}
Autuante: agente {p1.last}
Data: {d2}, {t2}

Compareceu {p2.REV}, nascido/a em {p2.dob}, residente em {p2.addr}, contribuinte/CPF {p2.id}, que declarou que no dia {d1}, pelas {t1}, lhe furtaram a carteira numa esplanada. Na carteira estava o cartão de crédito {p2.card}.
Contacto: {p2.mobile}.
Testemunha: {p3.full}, empregado de mesa. O banco já cancelou o cartão.
Diligências: pedir as imagens de videovigilância.""",
    ),
    (
        "medical_referral",
        """{co}
{co.addr}

{city}, {d1}

Exmo./a. Sr./Sra. Dr./Dra. {p1.last},

Envio {p2.title} {p2.full}, nascido/a a {p2.dob}, residente em {p2.addr}, para avaliação de dor torácica de esforço com três meses de evolução. O ECG em repouso de {d2} foi normal.
N.º de contribuinte/CPF: {p2.id}
Contacto do/a doente: {p2.mobile}. Costuma vir acompanhado/a pela filha, {p3.full}.

Com os melhores cumprimentos,
Dra. {p4.full}
Medicina Geral e Familiar""",
    ),
    (
        "tenancy_dispute",
        """{p1.full}
{p1.addr2l}

Exmos. Senhores
{co}
{co.addr}

{city}, {d2}

Assunto: devolução da caução

Entreguei o imóvel em {d1}. Apesar das insistências, a caução de {amount} não me foi devolvida. O auto de entrega, assinado pelo vosso colaborador {p2.init}, não refere qualquer dano.
Solicito a transferência do valor para a minha conta {p1.iban} até {d4}; caso contrário recorrerei aos meios legais.

Com os melhores cumprimentos,
{p1.full}""",
    ),
    (
        "school_report",
        """FICHA DE AVALIAÇÃO – 7.º B – 1.º período
Aluno/a: {p1.rev}
Diretor/a de turma: {p2.title} {p2.last}

{p1.first} participa nas aulas e melhorou a Português. A Matemática deve explicar melhor os raciocínios. Faltas: {n1}.
A reunião com os encarregados de educação é no dia {d2}. Marcações por {p2.wmail} ou pela secretaria ({co.hotline}).
Contacto de emergência: {p3.full}, {p3.mobile}.""",
    ),
    (
        "social_post",
        """{p1.handle} · {d1}
Estou furiosa. Encomendei um sofá na {co} na primavera, paguei tudo e AINDA não chegou. O e-mail {co.mail} só manda respostas automáticas. Mais alguém?

  ↳ {p2.handle}: aconteceu igual à minha irmã. marca-os aqui que respondem mais depressa
  ↳ {p3.lower}: vai ao livro de reclamações, o meu marido {p4.lfirst} recebeu o dinheiro assim
  ↳ {p1.handle}: obrigada a todos! se alguém da empresa ler: encomenda {order}, escrevam para {p1.email}""",
    ),
    (
        "crm_export",
        """HISTÓRICO CRM – Contacto: {p1.Flast}
Empresa: {co}   Gestor de conta: {p2.init}
-------------------------------------------------
{d1} {t1}  Chamada efetuada – {p2.first}: falei com {p1.full}, interessado/a no contrato de manutenção. Informação enviada para {p1.email}.
{d2} {t2}  E-mail – orçamento {ref} enviado.
{d3}  Nota – quem decide é {p3.full} ({p3.wmail}), compras.
{d4}  Reunião em {co.addr}. Presentes: {p1.full}, {p3.full}, {p2.full}.
{d5}  Ligar a {p1.last} para o telemóvel {p1.mobile}.
{d6}  Fase: Proposta -> Negociação""",
    ),
    (
        "ocr_form",
        """PEDIDO DE DÍSTICO DE ESTACIONAMENTO PARA RESIDENTES     Mod. {n1}{n2}
APELIDO: {p1.LAST}
Nome próprio: {p1.first}
Data de nascimento: {p1.dob}
NIF/CPF: {p1.id}
Morada: {p1.addr}
Telefone: {p1.mobile}
E-mail: {p1.email}
Viatura: [[Renault Clio|Fiat Uno|Peugeot 2008|Volkswagen Gol]]
Assinatura: ________   Data: {d1}
A preencher pelos serviços: recibo {invoice}, conferido por {p3.init}""",
    ),
    (
        "mixed_lang",
        """Hi team, update de Lisboa: a cliente {p1.full} ligou hoje de manhã – she wants the contract moved to her new address: {p1.addr}. Pode ser contactada pelo {p1.mobile}, but email is better ({p1.email}).
A {p2.first} da contabilidade diz que o reembolso vai para o IBAN {p1.iban}. Thanks, {p3.first}""",
    ),
    (
        "bank_dispute",
        """Contestação de movimento de cartão – apresentada em {d2}
Titular: {p1.full}
Número do cartão: {p1.card}
Data do movimento: {d1}
Comerciante: {co}
Montante: {amount}
Motivo: artigo não recebido. Escrevi três vezes para {co.mail} e liguei para {co.hotline}, sem resposta. Encomenda n.º {order}.
Contacto: {p1.phone}
Assinatura: {p1.init}""",
    ),
    (
        "security_log",
        """Alerta de segurança – {d1}
Conta: {p1.email}
Falhas de autenticação: {n1} tentativas a partir de {ip} entre as {t1} e as {t2}.
Autenticação bem-sucedida a partir de {p1.ip} ({city}), versão do cliente {ver}.
O utilizador {p1.full} confirmou por telefone ({p1.mobile}) que o acesso a partir de {city} foi seu.
Analista: {p2.init}   Ticket: {ticket}""",
    ),
    (
        "meeting_minutes",
        """Ata da assembleia de condóminos – {d1}
Presentes: {p1.full} (administração), {p2.full}, {p3.init}, {p4.Flast}
Ausência justificada: {p5.full}

1. Aprovada a ata anterior.
2. {p2.last} informa que o elevador ainda não foi reparado.
3. O novo condómino, {p5.first}, pede que os seus contactos não sejam afixados.
4. Contas: saldo de {amount}. {p3.last} trata da mudança de banco.
Próxima assembleia: {d3}, em {p1.addr}.""",
    ),
    (
        "review_reply",
        """★★☆☆☆ «Entrega muito atrasada» – {p1.init}

Máquina de lavar encomendada a {d1}, entregue a {d3}. O estafeta deixou-a à porta da garagem.

Resposta de {co}:
Olá {p1.first}, lamentamos muito. Já transmitimos a situação à transportadora. Escreva-nos para {co.mail} com a encomenda {order}. {p2.first}, Apoio ao Cliente""",
    ),
    (
        "chat_log",
        """[{t1}] Bot: Bem-vindo/a ao chat da {co}. Como podemos ajudar?
[{t1}] Cliente: diz entregue mas não chegou nada
[{t2}] {p1.first} (assistente): Olá, sou {p1.first}. Confirma o nome e a morada de entrega?
[{t2}] Cliente: {p2.full}, {p2.addr}
[{t2}] {p1.first} (assistente): Obrigado/a. O estafeta tirou uma foto ao portão. Pode estar com um vizinho?
[{t2}] Cliente: não, já perguntei. o meu número é {p2.mobile} se o estafeta quiser ligar
[{t2}] {p1.first} (assistente): Abri uma reclamação ({claim}).""",
    ),
    (
        "newsletter_nopii",
        """{co} – Newsletter

A partir de {d1} mudamos o horário: de segunda a sábado, das 9h às 18h. A linha de apoio {co.hotline} continua disponível 24 horas, e por escrito em {co.mail}.
Novidade: a versão {ver} da app resolve o problema de início de sessão. Mais informação em {co.web}.
A loja do [[Porto|Braga|Recife]] fecha para obras até {d3}.""",
    ),
    (
        "release_notes_nopii",
        """Notas de versão – build {ver}
Data: {d1}

* Corrigido: falha ao exportar relatórios com mais de 10.000 linhas.
* Alterado: tempo limite por omissão de 30 para 60 segundos.
* Runtime atualizado para {ver2}.
* Problema conhecido: o proxy 10.0.0.1 dos modelos antigos tem de ser alterado manualmente.
Suporte: {co.mail} | {co.hotline} | {co.web}
Tickets: {ticket}, {ticket2}""",
    ),
    (
        "notice_nopii",
        """AVISO IMPORTANTE

A partir de {d2} a nossa sede muda de instalações. Envie a correspondência relativa à fatura {invoice} e seguintes para {co.mail}. Os titulares da apólice {policy} não precisam de fazer nada.
A linha {co.hotline} funciona de segunda a sexta. Por segurança, os números de cartão aparecem ocultados, por ex. {masked}.""",
    ),
    (
        "forum_post",
        """Re: Como ser reembolsado por uma companhia aérea?

Publicado por {p1.handle} em {d2}

Aconteceu-me o mesmo no ano passado. Carta para as reclamações com cópia para a entidade reguladora, e em seis semanas recebi tudo. Mando-vos a minuta: escrevam para {p1.email}.
A senhora que me atendeu chamava-se {p2.full}, muito simpática.

Edit: para quem perguntou, o meu perfil: {p1.url}""",
    ),
    (
        "hr_note",
        """CONFIDENCIAL – Nota de processo individual
Colaborador/a: {p1.rev}   N.º mecanográfico {ref}
Chefia: {p2.full}
Data: {d1}

{p1.first} regressou após {n1} dias de baixa médica. O processamento salarial confirma o pagamento na conta {p1.ibanc}. Novo contacto de emergência: {p3.full} ({p3.mobile}); nova morada: {p1.addr}.
NIF/CPF: {p1.id}. Data de nascimento: {p1.dob}.
Próxima reunião: {d3}.""",
    ),
    (
        "gym_cancel",
        """Boa tarde,

Pretendo cancelar a minha inscrição no ginásio de [[Alvalade|Boavista|Pinheiros]] a partir de {d2}. O meu número de sócio é {order}. Vou mudar-me por motivos profissionais para {p1.addr}.

Agradeço que anulem o débito direto e confirmem o cancelamento para {p1.email}. Durante o dia estou contactável pelo {p1.mobile}.

Obrigado/a,
{p1.REV}""",
    ),
    (
        "travel_booking",
        """Confirmação de reserva {ref}
Passageiro principal: {p1.title} {p1.full}
Data de nascimento (conforme passaporte): {p1.dobl}
Acompanhante: {p2.full}, nascido/a em {p2.dob}
Ida: {d2}, {t1}; regresso: {d4}, {t2}
Pagamento: cartão {masked}, {amount}
Contacto de emergência: {p3.full}, {p3.phone}
Alterações: {co.hotline} ou {co.mail}. Área de cliente: {co.web}""",
    ),
    (
        "obituary",
        """Participação de falecimento
{p1.mid}
Nasceu a {p1.dobl} e faleceu a {d1}.
O/a cônjuge, {p2.first}, os filhos {p3.full} e {p4.full} e restante família comunicam o falecimento do seu ente querido.
O funeral realiza-se a {d3}, às 15h, na igreja matriz de {city}. Condolências: {p4.email}.""",
    ),
    (
        "linkedin_msg",
        """{p1.full} enviou-lhe uma mensagem · {d2}

Olá {p2.first}, foi ótimo conhecer-te na feira em {city}! Como prometido, aqui está o meu perfil: {p1.url}. A página da empresa: {co.li}.
A minha colega {p3.init} lidera a equipa de dados e gostava de falar contigo, o número dela é {p3.mobile}.
Abraço, {p1.first}""",
    ),
]
