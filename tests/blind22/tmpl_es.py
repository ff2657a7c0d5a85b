"""Spanish templates."""

TEMPLATES = [
    "hola, soy {lname}, no puedo entrar en mi cuenta desde la actualización. mi correo es {email}",
    "La clienta {name} indica que el pedido {order} no ha llegado (seguimiento {tracking}). Dirección de entrega: "
    "{addr}. Llamar al {phone}.",
    "La app se cierra sola desde la versión {version}. Escribí a {supmail} y nadie contesta. Dos estrellas.",
    "Muy buena atención de la Sra. {last} en la tienda de {city}. ¡Volveré a {company}!",
    """\
Estimados señores:

Les ruego que actualicen mis datos bancarios. Nuevo IBAN: {iban}, titular: {name}.
Por favor, dejen de cargar la tarjeta terminada en {masked}.

Un saludo,
{name}
{addrnl}
Tel.: {phone}""",
    "Nota RR. HH. {date}: {REV} solicita permiso de paternidad desde el {date.2}. Documento: {nid}. "
    "Contacto: {wemail}.",
    "Paciente {fLAST}, fecha de nacimiento {dob}, acude a revisión de HTA. Sin cambios en el tratamiento. "
    "Se remite informe al Dr. {last.2}.",
    """\
{name}
{addrnl}

{city}, {date}

Asunto: reclamación factura {invoice}

Muy señores míos:

Me han cobrado dos veces la suscripción; en mi tarjeta {card} aparecen dos cargos de {amount}. He llamado al \
{hotline} tres veces sin respuesta.

Solicito la devolución en mi cuenta {iban}.

Atentamente,
{init}""",
    "Si no estoy, dejen el paquete a mi vecina {name.2} (2º B) o llámenme al {phone}.",
    "El proceso de pago es lioso y el envío tardó nueve días. Recomendaría {company} solo si mejoran la app.",
    "{date} llamada con {rev}: quiere pasar al plan premium, prefiere contacto por email ({email}). "
    "Volver a llamar la semana que viene. — {first.2}",
    "¡Mil gracias a {name} por devolverme la cartera que perdí en el AVE de las {time} a {city}! 🙏",
    "Resumen de llamada: el cliente se identifica como {name}, nacido el {dob}. Dirección verificada: {addr}. "
    "Cargos sospechosos en la tarjeta {card}; tarjeta bloqueada. Incidencia {ticket}.",
    "Observaciones: me he mudado, mi nueva dirección es {addr}.",
    "me mandas la factura a {email}? gracias, {lfirst}",
    "Cuenta {email} bloqueada tras 5 intentos fallidos desde la IP {ip}. Último acceso correcto desde {ip.2}. "
    "Cliente {custno}.",
    "Notas de la versión: firmware del router actualizado a {version}, corregida fuga de memoria. Más información en "
    "{weburl}.",
    "Candidata {name} ({email}, {phone}), 5 años de experiencia en Java. Perfil: {url}. Segunda entrevista con "
    "{name.2} el {date}.",
    "{first} de la tienda de {city} fue súper amable!!",
    """\
Hola, {first}:

Gracias por la llamada de esta mañana. Te envío el contrato como quedamos. ¿Puedes confirmarme tu fecha de \
nacimiento? Tenemos el {dob} en el expediente.

Un abrazo,
{name.2}
Gestora de cuentas | {company}
{wemail.2} | {phone.2}""",
    "Pedido el {date}, número {order}, y todavía nada. La web de seguimiento ({weburl}) pone «en preparación» desde "
    "hace una semana. Saludos, {first}",
    "Derivación: {NAME}, nacida el {dob}, con domicilio en {addr}. Lumbalgia crónica. Teléfono de contacto: {phone}.",
    "Cambio de cuenta de nómina para {rev}: nuevo IBAN {iban} a partir del mes que viene. Aprobado por {init.2}.",
    "¿Alguien conoce un buen fontanero en {city}? El nuestro pide {amount} solo por venir 😤",
    "el número de mi tarjeta es {card}, caduca 09/27, cobrad lo pendiente porfa",
    "Certifico que {name} reside en la vivienda de {addr} desde el {date} y ha pagado el alquiler puntualmente. "
    "Fdo.: {name.2}, tel. {phone.2}",
    "Revisión: solicitante {name}, DNI/NIE {nid}, fecha de nacimiento {dob}. La IP {ip} no coincide con el país de "
    "facturación. Expediente {ticket} escalado.",
    "Mis fotos en {url} — ¡encargos por MD!",
    "El pedido ({product}) llegó rayado. He pedido el cambio en {supmail}, incidencia {ticket}, ref. {ref16}.",
    "Entregar en recepción, preguntar por {fLAST} (3ª planta). Móvil: {phone}",
    "Nombre: {name}\nCorreo: {email}\nTeléfono: {phone}\nN.º de serie: SN-{serial}\nAvería: la pantalla parpadea "
    "tras actualizar a {version}.",
    "¡Mil gracias por la rapidez!\n\n{first}",
    "Buenas, soy {name}, nací el {dob}. He perdido la tarjeta sanitaria, ¿me pueden llamar al {phonei}?",
    "Encuesta: el técnico llegó el {date} a las {time}, dos horas tarde. El teléfono {hotline} no sirve para nada.",
    "El Sr. {LAST} (cliente {custno}) reclama la penalización. Quiere respuesta por carta a {addr}.",
]
