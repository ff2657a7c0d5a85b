"""Spanish document templates (blind20)."""

TEMPLATES = [
    (
        "email_thread",
        """Asunto: RE: Avería de la caldera en {p1.addr}

Hola, {p1.first}:

Gracias por responder tan rápido. Nuestro técnico, {p2.full}, pasará el {d3} entre las 9:00 y las 13:00. Si no le viene bien, llámeme directamente al {p3.phone}, no a la centralita.

Un saludo,
{p3.full}
Coordinación de Servicio Técnico | {co}
{co.addr}
Tel. directo: {p3.phone} | {p3.wmail}
Atención al cliente: {co.hotline}

-----Mensaje original-----
De: {p1.full} <{p1.email}>
Enviado el: {d2} {t1}
Para: {co.mail}
Asunto: Avería caldera

Buenas tardes: el {d1} la caldera de mi piso dejó de funcionar. Mi casero, {p4.title} {p4.last}, ya ha dado su autorización. Pueden localizarme en el {p1.mobile}.
{p1.first}""",
    ),
    (
        "email_thread",
        """De: {p1.wmail}
Para: {p2.email}
Fecha: {d2}
Asunto: Su candidatura – Administrativo/a (ref. {ref})

Estimado/a {p2.first}:

Tras la entrevista con {p3.init} y conmigo, nos complace ofrecerle el puesto. Para el contrato, Recursos Humanos necesita su DNI o NIE, su fecha de nacimiento y el número de cuenta para la nómina.
Por favor, no los envíe por correo: súbalos al portal del candidato ({co.web}).

Saludos cordiales,
{p1.full}
Selección de Personal, {co}

> El {d1}, {p2.full} escribió:
> Hola {p1.first}, quería saber si hay novedades sobre mi candidatura. Mi nuevo móvil es {p2.mobile}.
> Gracias, {p2.first}""",
    ),
    (
        "phone_transcript",
        """TRANSCRIPCIÓN DE LLAMADA – {co} – {d1}, {t1}
Agente: {co}, buenas tardes, le atiende {p1.first}, ¿en qué puedo ayudarle?
Cliente: Hola, soy {p2.full}. Tengo un cargo en la tarjeta que no reconozco.
Agente: Lo siento mucho. Para verificar su identidad, ¿me indica su fecha de nacimiento?
Cliente: El {p2.dob}.
Agente: Gracias. ¿Y su domicilio?
Cliente: {p2.addr}.
Agente: Veo un pago de {amount} con la tarjeta terminada en {masked}. ¿Es ese?
Cliente: Sí, ese.
Agente: Bloqueo la tarjeta y abro la incidencia {ticket}. ¿Le llamamos al {p2.mobile}?
Cliente: Sí, por favor.
Agente: Perfecto, {p2.title} {p2.last}. Gracias por llamar.""",
    ),
    (
        "insurance_claim",
        """PARTE DE SINIESTRO DE AUTOMÓVIL
Nº de siniestro: {claim}     Póliza: {policy}

El {d1}, sobre las {t1}, nuestro/a asegurado/a {p1.full} (fecha de nacimiento: {p1.dob}) estaba detenido/a en un semáforo del centro de {city} cuando la furgoneta conducida por {p2.full} dio marcha atrás y golpeó la parte delantera del vehículo. El contrario reconoció la culpa en el parte amistoso y facilitó: domicilio {p2.addr}, teléfono {p2.mobile}.
Testigo: {p3.Flast}, teléfono {p3.phone}.
Daños: paragolpes delantero, capó y faro derecho. Presupuesto del taller {co} adjunto ({amount}).
Indemnización a abonar en la cuenta del asegurado: {p1.iban}
Tramitador: {p4.init}""",
    ),
    (
        "police_report",
        """ATESTADO – DENUNCIA
Nº de diligencias: {ticket}
Instructor: agente {p1.last}
Fecha: {d2}, {t2}

Comparece {p2.REV}, nacido/a el {p2.dob}, con domicilio en {p2.addr} y DNI/NIE {p2.id}, quien manifiesta que el {d1} hacia las {t1} le sustrajeron la cartera en la terraza de un bar. En ella llevaba la tarjeta {p2.card}.
Teléfono de contacto: {p2.mobile}.
Testigo: {p3.full}, camarero del establecimiento. La entidad bancaria ya ha bloqueado la tarjeta.
Diligencias: se solicitan las grabaciones de las cámaras.""",
    ),
    (
        "medical_referral",
        """{co}
{co.addr}

{city}, {d1}

Estimado/a Dr./Dra. {p1.last}:

Le remito a {p2.title} {p2.full}, nacido/a el {p2.dob}, con domicilio en {p2.addr}, para valoración de dolor torácico de esfuerzo de tres meses de evolución. El ECG en reposo del {d2} fue normal.
DNI: {p2.id}
Teléfono del paciente: {p2.mobile}. Suele acompañarle su hija, {p3.full}.

Atentamente,
Dra. {p4.full}
Medicina de Familia""",
    ),
    (
        "tenancy_dispute",
        """{p1.full}
{p1.addr2l}

A la atención de {co}
{co.addr}

{city}, {d2}

Asunto: devolución de la fianza

Muy señores míos:

Dejé la vivienda el {d1}. A pesar de mis reclamaciones, no me han devuelto la fianza de {amount}. El acta de entrega de llaves, firmada por su empleado {p2.init}, no recoge ningún desperfecto.
Les requiero para que ingresen dicha cantidad en mi cuenta {p1.iban} antes del {d4}; en caso contrario acudiré a la vía judicial.

Atentamente,
{p1.full}""",
    ),
    (
        "school_report",
        """BOLETÍN DE NOTAS – 1º ESO B – Primera evaluación
Alumno/a: {p1.rev}
Tutor/a: {p2.title} {p2.last}

{p1.first} participa en clase y ha mejorado en Lengua. En Matemáticas debe mostrar los procedimientos. Faltas de asistencia: {n1}.
La reunión con las familias será el {d2}. Para pedir cita: {p2.wmail} o secretaría ({co.hotline}).
Contacto de emergencia: {p3.full}, {p3.mobile}.""",
    ),
    (
        "social_post",
        """{p1.handle} · {d1}
Estoy que echo humo. Pedí un sofá en {co} en primavera, lo pagué entero y TODAVÍA no ha llegado. El correo {co.mail} solo contesta con mensajes automáticos. ¿A alguien más le ha pasado?

  ↳ {p2.handle}: a mi hermana igual. etiquétalos aquí que contestan antes
  ↳ {p3.lower}: ve a la OCU, mi marido {p4.lfirst} recuperó el dinero así
  ↳ {p1.handle}: gracias!! si alguien de la empresa lo lee: pedido {order}, escribidme a {p1.email}""",
    ),
    (
        "crm_export",
        """HISTORIAL CRM – Contacto: {p1.Flast}
Empresa: {co}   Comercial: {p2.init}
-------------------------------------------------
{d1} {t1}  Llamada saliente – {p2.first}: hablé con {p1.full}, interesado/a en el plan de mantenimiento. Info enviada a {p1.email}.
{d2} {t2}  Correo – presupuesto {ref} enviado.
{d3}  Nota – decide {p3.full} ({p3.wmail}), de Compras.
{d4}  Reunión en {co.addr}. Asistentes: {p1.full}, {p3.full}, {p2.full}.
{d5}  Seguimiento – llamar a {p1.last} al móvil {p1.mobile}.
{d6}  Fase: Propuesta -> Negociación""",
    ),
    (
        "ocr_form",
        """SOLICITUD DE TARJETA DE APARCAMIENTO PARA RESIDENTES     Mod. {n1}{n2}
APELLIDOS: {p1.LAST}
Nombre: {p1.first}
Fecha de nacimiento: {p1.dob}
DNI/NIE: {p1.id}
Domicilio: {p1.addr}
Teléfono: {p1.mobile}
Correo electrónico: {p1.email}
Vehículo: [[Seat Ibiza|Renault Megane|Toyota Corolla|Hyundai Tucson]]
Firma: ________   Fecha: {d1}
A rellenar por la Administración: recibo {invoice}, revisado por {p3.init}""",
    ),
    (
        "mixed_lang",
        """Hi team! Update desde Madrid: la clienta {p1.full} llamó esta mañana – she wants the contract moved to her new address: {p1.addr}. Se le puede llamar al {p1.mobile}, but she prefers email ({p1.email}).
{p2.first} de contabilidad dice que el reembolso va al IBAN {p1.iban}. Thanks! {p3.first}""",
    ),
    (
        "bank_dispute",
        """Reclamación de operación con tarjeta – presentada el {d2}
Titular: {p1.full}
Número de tarjeta: {p1.card}
Fecha de la operación: {d1}
Comercio: {co}
Importe: {amount}
Motivo: mercancía no recibida. He escrito tres veces a {co.mail} y he llamado al {co.hotline}, sin respuesta. Pedido nº {order}.
Contacto: {p1.phone}
Firma: {p1.init}""",
    ),
    (
        "security_log",
        """Alerta de seguridad – {d1}
Cuenta: {p1.email}
Inicios de sesión fallidos: {n1} intentos desde {ip} entre las {t1} y las {t2}.
Inicio correcto desde {p1.ip} ({city}), versión del cliente {ver}.
El usuario {p1.full} confirmó por teléfono ({p1.mobile}) que el acceso desde {city} era suyo.
Analista: {p2.init}   Ticket: {ticket}""",
    ),
    (
        "meeting_minutes",
        """Acta de la junta de la comunidad de propietarios – {d1}
Asistentes: {p1.full} (presidente/a), {p2.full}, {p3.init}, {p4.Flast}
Excusa su asistencia: {p5.full}

1. Se aprueba el acta anterior.
2. {p2.last} informa de que la administración aún no ha reparado el ascensor.
3. El nuevo vecino, {p5.first}, pide que no se publiquen sus datos en el tablón.
4. Cuentas: saldo {amount}. {p3.last} gestionará el cambio de cuenta bancaria.
Próxima junta: {d3}, en {p1.addr}.""",
    ),
    (
        "review_reply",
        """★★☆☆☆ «Entrega tardísima» – {p1.init}

Pedí una lavadora el {d1} y llegó el {d3}. El repartidor la dejó en la entrada.

Respuesta de {co}:
Hola, {p1.first}. Sentimos mucho lo ocurrido. Hemos trasladado su queja a la empresa de transporte. Escríbanos a {co.mail} indicando el pedido {order}. Un saludo, {p2.first}, Atención al Cliente""",
    ),
    (
        "chat_log",
        """[{t1}] Bot: Bienvenido/a al chat de {co}. ¿En qué podemos ayudarle?
[{t1}] Cliente: pone entregado pero no ha llegado nada
[{t2}] {p1.first} (agente): Hola, soy {p1.first}. ¿Me confirma nombre y dirección de entrega?
[{t2}] Cliente: {p2.full}, {p2.addr}
[{t2}] {p1.first} (agente): Gracias. El repartidor hizo una foto en el portal. ¿Puede que lo tenga un vecino?
[{t2}] Cliente: no, ya pregunté. mi móvil {p2.mobile} por si el repartidor quiere llamar
[{t2}] {p1.first} (agente): He abierto una reclamación ({claim}).""",
    ),
    (
        "newsletter_nopii",
        """{co} – Boletín mensual

Desde el {d1} cambiamos el horario: de lunes a sábado, de 9:00 a 18:00. El teléfono de atención {co.hotline} sigue disponible 24 horas, y por escrito en {co.mail}.
Novedad: la versión {ver} de la app soluciona el problema de acceso. Más información en {co.web}.
La tienda de [[Sevilla|Valencia|Bilbao]] cierra por reformas hasta el {d3}.""",
    ),
    (
        "release_notes_nopii",
        """Notas de la versión – compilación {ver}
Fecha: {d1}

* Corregido: cierre inesperado al exportar informes de más de 10.000 filas.
* Cambiado: tiempo de espera por defecto de 30 a 60 segundos.
* Entorno de ejecución actualizado a {ver2}.
* Problema conocido: el proxy 10.0.0.1 de las plantillas antiguas debe cambiarse a mano.
Soporte: {co.mail} | {co.hotline} | {co.web}
Incidencias: {ticket}, {ticket2}""",
    ),
    (
        "notice_nopii",
        """AVISO IMPORTANTE

A partir del {d2} trasladamos nuestras oficinas. Envíe la correspondencia sobre la factura {invoice} y posteriores a {co.mail}. Los titulares de la póliza {policy} no tienen que hacer nada.
Teléfono de atención: {co.hotline}, de lunes a viernes. Por seguridad, los números de tarjeta aparecen enmascarados, p. ej. {masked}.""",
    ),
    (
        "forum_post",
        """Re: ¿Cómo conseguir el reembolso de una aerolínea?

Publicado por {p1.handle} el {d2}

Me pasó lo mismo el año pasado. Carta al servicio de reclamaciones con copia a AESA y a las seis semanas me devolvieron todo. Os paso la plantilla: escribidme a {p1.email}.
La chica que me atendió se llamaba {p2.full}, muy maja.

Edit: para quien pregunta, mi perfil: {p1.url}""",
    ),
    (
        "hr_note",
        """CONFIDENCIAL – Nota de expediente de personal
Empleado/a: {p1.rev}   Nº empleado {ref}
Responsable: {p2.full}
Fecha: {d1}

{p1.first} se ha reincorporado tras {n1} días de baja. Nóminas confirma el abono en la cuenta {p1.ibanc}. Nuevo contacto de emergencia: {p3.full} ({p3.mobile}); nuevo domicilio: {p1.addr}.
DNI/NIE: {p1.id}. Fecha de nacimiento: {p1.dob}.
Próxima revisión: {d3}.""",
    ),
    (
        "gym_cancel",
        """Hola:

Quiero darme de baja del gimnasio de [[Chamberí|Gràcia|Triana]] a partir del {d2}. Mi número de socio es {order}. Me mudo por trabajo a {p1.addr}.

Por favor, anulen la domiciliación y confírmenme la baja en {p1.email}. Por las mañanas estoy en el {p1.mobile}.

Gracias,
{p1.REV}""",
    ),
    (
        "travel_booking",
        """Confirmación de reserva {ref}
Pasajero principal: {p1.title} {p1.full}
Fecha de nacimiento (según pasaporte): {p1.dobl}
Acompañante: {p2.full}, nacido/a el {p2.dob}
Ida: {d2}, {t1}; vuelta: {d4}, {t2}
Pago: tarjeta {masked}, {amount}
Contacto de emergencia: {p3.full}, {p3.phone}
Cambios: {co.hotline} o {co.mail}. Gestione su reserva en {co.web}""",
    ),
    (
        "obituary",
        """Esquela
{p1.mid}
Falleció en {city} el {d1}. Nacido/a el {p1.dobl}.
Su esposo/a, {p2.first}; sus hijos, {p3.full} y {p4.full}, y demás familia ruegan una oración por su alma.
Funeral: {d3}, a las 12:00, parroquia de San José. Pésames: {p4.email}.""",
    ),
    (
        "linkedin_msg",
        """{p1.full} te ha enviado un mensaje · {d2}

Hola {p2.first}, ¡encantado/a de conocerte en la feria de {city}! Como te dije, este es mi perfil: {p1.url}. La página de la empresa: {co.li}.
Mi compañera {p3.init} lleva el equipo de datos y le encantaría hablar contigo; su número es {p3.mobile}.
Un abrazo, {p1.first}""",
    ),
]
