"""Spanish templates (genre, text)."""

TEMPLATES = [
    (
        "email",
        "Asunto: Reclamación pedido {order}\n\nBuenos días:\n\nEl {date} recibí un {product} con la pantalla rota. "
        "Solicito la recogida en {addr} y el reembolso íntegro. Mi teléfono es el {phone}.\n\nUn saludo,\n{name}",
    ),
    (
        "chat",
        "Agente ({first2}): Hola, gracias por contactar con {company}. ¿Con quién hablo?\nCliente: soy {name.l}\n"
        "Agente ({first2}): ¿Me confirma su DNI, por favor?\nCliente: {dni}\nAgente ({first2}): Gracias, veo un cargo en la tarjeta {masked}.",
    ),
    (
        "callnote",
        "Nota de llamada {date}: {name} llama por una factura duplicada ({invoice}). Fecha de nacimiento: {dob}. "
        "Pide la devolución a la cuenta {iban}. Devolver llamada al {phone}.",
    ),
    (
        "medical",
        "INFORME DE ALTA\nPaciente: {name}\nFecha de nacimiento: {dob}\nDNI/NIE: {nid}\nDomicilio: {addr}\n"
        "Ingresa el {date} por cólico renal. Alta el {date2} con tratamiento analgésico. Médico responsable: Dra. {name2}.",
    ),
    (
        "hr",
        "Nota de RR. HH.: {name} se incorpora el {date} al departamento de ventas. NIE {nie}, cuenta de nómina {iban}. "
        "Contacto de emergencia: {name2} ({phone}).",
    ),
    (
        "bank",
        "Muy señores míos:\n\nPor la presente comunico que el {date} se realizaron dos cargos no autorizados con mi tarjeta {card}. "
        "Ruego anulen la tarjeta y me devuelvan el importe de {amount} €.\n\nAtentamente,\n{name}\n{addr}",
    ),
    (
        "delivery",
        "Indicaciones para el repartidor: dejar el paquete en la portería de {street}. Si no está el portero, "
        "llamar a {first} al {phone}. No entregar en la oficina de {company}.",
    ),
    (
        "cv",
        "{name.u}\n{addr} | {phone} | {email}\nFecha de nacimiento: {dob}\n{url}\n\nExperiencia: técnica de laboratorio en {company} ({city}), desde {year}.",
    ),
    (
        "forum",
        "¿Alguien más tiene problemas con la fibra de {company}? Mi IP pública cambia cada hora (ahora {ip}). "
        "El {hotline} no sirve de nada. Si alguien sabe algo, escribidme a {email}. {first}",
    ),
    (
        "review",
        "La app va fatal desde la versión {version}. Me cobra dos veces la suscripción. Escribí a {supmail} y nada. "
        "Gracias a {first}, del chat, por lo menos me devolvieron el dinero.",
    ),
    (
        "minutes",
        "Acta de la reunión del {date}\nAsistentes: {name}, {name2} y {name3}\n1. {last} presenta el informe de ventas de {city}.\n"
        "2. Se aprueba el contrato con {company}.\n3. Próxima reunión: {date2} a las {time}.",
    ),
    (
        "form",
        "Observaciones: el titular es mi padre, {name2}, nacido el {dob2}. Por favor enviad la documentación a {addr} "
        "y llamad al {phone} si hay dudas.",
    ),
    (
        "email",
        "Hola:\n\nHe cambiado de domicilio. Mi nueva dirección es {addr}. Cliente n.º {cust}. "
        "También quiero actualizar el correo a {email}.\n\nGracias,\n{first} {last}",
    ),
    (
        "chat",
        "{first.l}: hola!! me han bloqueado la cuenta\nSoporte: Hola, vemos accesos desde {ip} y {ip2}. ¿Los reconoce?\n"
        "{first.l}: el primero sí, el segundo no\nSoporte: De acuerdo. Le enviamos un código al {phone}.",
    ),
    (
        "callnote",
        "Llamada saliente a {name}: tarjeta {card} bloqueada por sospecha de fraude. El cliente confirma domicilio en {addr}. "
        "Nueva tarjeta en 5 días hábiles. Expediente {ticket}.",
    ),
    (
        "medical",
        "Hoja de consulta\nNombre: {first} {last}\nNacido/a el: {dob}\nTeléfono: {phone}\nMotivo: control de tensión arterial.\n"
        "Próxima cita: {date} a las {time} con el Dr. {last2}.",
    ),
    (
        "hr",
        "Candidatura de {name} recibida el {date}. Perfil: {url}. Entrevista con {name2} el {date2}. Correo: {email}.",
    ),
    (
        "nopii",
        "Su pedido {order} ha salido de nuestro almacén de {city} el {date}. Número de seguimiento: {tracking}. "
        "Pago con tarjeta {masked}. Atención al cliente: {hotline} o {supmail}.",
    ),
    (
        "nopii",
        "Notas de la versión {version}: mejoras de rendimiento en {product} y corrección de errores. "
        "Más información en {weburl}.",
    ),
    (
        "nopii",
        "Producto excelente. El {product} llegó en dos días y {company} gestionó la factura {invoice} sin problemas. Recomendable.",
    ),
]
