"""Portuguese templates (genre, text), European and Brazilian."""

TEMPLATES = [
    (
        "email",
        "Assunto: reclamação da encomenda {order}\n\nBom dia,\n\nNo dia {date} recebi um {product} avariado. "
        "Peço a recolha na {addr} e o reembolso. O meu contacto é {phone}.\n\nCumprimentos,\n{name}",
    ),
    (
        "chat",
        "Atendente ({first2}): Olá, bem-vindo ao suporte da {company}! Com quem falo?\nCliente: {name.l}\n"
        "Atendente ({first2}): Pode confirmar o seu CPF?\nCliente: {cpf}\nAtendente ({first2}): Obrigado, vejo uma cobrança no cartão {masked}.",
    ),
    (
        "callnote",
        "Nota de chamada {date}: a Sra. {last} liga por causa de um débito duplicado (fatura {invoice}). "
        "Data de nascimento confirmada: {dob}. Reembolso para o IBAN {iban}. Ligar de volta para {phone}.",
    ),
    (
        "medical",
        "NOTA DE ALTA\nDoente: {name}\nData de nascimento: {dob}\nNIF: {nif}\nMorada: {addr}\n"
        "Internamento de {date} a {date2} por pneumonia. Médico(a) assistente: {name2}.",
    ),
    (
        "hr",
        "Nota de RH: {name} começa em {date} no departamento financeiro. NIF {nif}, conta para o vencimento {iban}. "
        "Contacto de emergência: {name2}, {phone}.",
    ),
    (
        "bank",
        "Exmos. Senhores,\n\nVenho contestar os movimentos de {date} no meu cartão de crédito {card}, no valor de {amount} €, "
        "que não autorizei. Solicito o cancelamento do cartão e a devolução do montante.\n\nCom os melhores cumprimentos,\n{name}\n{addr}",
    ),
    (
        "delivery",
        "Instruções de entrega: deixar a encomenda na portaria, {street}. Se não houver ninguém, ligar à {first} para o {phone}.",
    ),
    (
        "cv",
        "{name.u}\n{addr}\nTelemóvel: {phone} | {email}\nData de nascimento: {dob}\n{url}\n\nExperiência: desde {year} técnica de marketing na {company}.",
    ),
    (
        "forum",
        "Alguém já teve problemas com a {company}? A linha {hotline} nunca atende. Se souberem de algo, mandem e-mail para {email}. Abraço, {first}",
    ),
    (
        "review",
        "Depois da atualização {version} o aplicativo fecha sozinho. Mandei e-mail para {supmail} e nada. "
        "Só a {first} do chat resolveu alguma coisa.",
    ),
    (
        "minutes",
        "Ata da reunião de {date}\nPresentes: {name}, {name2}, {name3}\n1. {last2} apresenta o orçamento.\n"
        "2. Abertura da loja de {city} adiada para {date2}.\n3. Próxima reunião às {time}.",
    ),
    (
        "form",
        "Observações: o titular é o meu pai, {name2}, nascido em {dob2}. Enviem os documentos para {addr}. Telefone {phone}.",
    ),
    (
        "email",
        "Olá,\n\nMudei de casa. A nova morada é {addr}. Cliente n.º {cust}. Por favor atualizem também o e-mail para {email}.\n\nObrigado,\n{first} {last}",
    ),
    (
        "chat",
        "{first.l}: oi, alguém entrou na minha conta pelo IP {ip}\nSuporte: Olá! Já bloqueamos o acesso. O seu celular ainda é {phone}?\n"
        "{first.l}: sim\nSuporte: Enviamos um código por SMS.",
    ),
    (
        "callnote",
        "Chamada de {name} ({phone}): cartão {card} roubado esta manhã. Bloqueado às {time}. Novo cartão enviado para {addr}. Processo {ticket}.",
    ),
    (
        "medical",
        "Ficha de consulta\nNome: {first} {last}\nNascimento: {dob}\nCPF: {cpf}\nMédico: Dr. {last2}\nRetorno marcado para {date} às {time}.",
    ),
    (
        "hr",
        "Candidatura de {name} recebida em {date}. Perfil: {url}. Entrevista com {name2} em {date2}. E-mail: {email}.",
    ),
    (
        "nopii",
        "A sua encomenda {order} saiu do armazém de {city} em {date}. Código de rastreio: {tracking}. Pago com o cartão {masked}. "
        "Apoio ao cliente: {hotline} ou {supmail}.",
    ),
    (
        "nopii",
        "Notas da versão {version}: melhorias de desempenho no {product} e correção de erros. Mais informações em {weburl}.",
    ),
    (
        "nopii",
        "Produto excelente! O {product} chegou em dois dias e a {company} enviou a fatura {invoice} logo a seguir.",
    ),
]
