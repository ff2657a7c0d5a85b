"""English document templates (blind20)."""

TEMPLATES = [
    (
        "email_thread",
        """Subject: RE: Boiler replacement - {p1.addr}

Hi {p1.first},

Thanks for getting back to me so quickly. [[Our engineer|The fitter]] can come on {d3} between 8am and noon. Please make sure someone is at home; if the time doesn't suit, call me directly on {p2.phone} rather than the general line.

Kind regards,
{p2.full}
Service Coordinator | {co}
{co.addr}
Direct: {p2.phone} | {p2.wmail}

-----Original Message-----
From: {p1.full} <{p1.email}>
Sent: {d2} {t1}
To: {co.mail}
Subject: Boiler replacement

Hello, I was told by your hotline ({co.hotline}) to email you. The boiler at my flat stopped working on {d1}. My landlord, {p3.title} {p3.last}, has agreed to the replacement. You can reach me on {p1.mobile}.

{p1.first}""",
    ),
    (
        "email_thread",
        """From: {p1.wmail}
To: {p2.email}
Date: {d2}
Subject: Your application - Junior Analyst (ref {ref})

Dear {p2.first},

Following your interview with {p3.init} and myself last week, I'm pleased to say we'd like to offer you the position. Before we can issue a contract, HR needs a few details: your National Insurance number, your date of birth and the bank account for salary payments.

Please do not send these by email - upload them through the candidate portal ({co.web}).

Best,
{p1.full}
Talent Acquisition, {co}

> On {d1}, {p2.full} wrote:
> Hi {p1.first}, just checking in on the status of my application. My new mobile is {p2.mobile} in case you need it.
> Many thanks, {p2.first}""",
    ),
    (
        "phone_transcript",
        """CALL TRANSCRIPT - {co} customer line - {d1} {t1}
Agent: Good afternoon, you're through to {co}, my name's {p1.first}, how can I help?
Caller: Hi, yes, it's {p2.full} here. I'm ringing about a charge on my card I don't recognise.
Agent: Sorry to hear that. Can I take your date of birth to confirm it's you?
Caller: It's {p2.dobl}.
Agent: Thank you. And the first line of your address and postcode?
Caller: {p2.addr}.
Agent: Lovely. I can see a payment of {amount} on the card ending {masked}. Is that the one?
Caller: That's it. I've never shopped there.
Agent: OK, I'll block the card now and raise dispute {ticket}. A new card will be posted within five working days. Anything else?
Caller: Could you call me back on {p2.mobile} once it's sorted? Not the landline.
Agent: Of course, {p2.title} {p2.last}. Thanks for calling.""",
    ),
    (
        "insurance_claim",
        """MOTOR CLAIM - INCIDENT DESCRIPTION
Claim number: {claim}     Policy: {policy}

On {d1} at about {t1} our policyholder, {p1.full} (DOB {p1.dob}), was stationary at the lights on the junction near {city} town centre when a van driven by {p2.full} reversed into the front of the vehicle. The third party admitted fault at the scene and gave the following details: address {p2.addr}, telephone {p2.mobile}.
A witness, {p3.Flast}, left her number ({p3.phone}) with our insured.
Damage: front bumper, bonnet, offside headlamp. Estimate from {co} attached ({amount}).
Settlement to be paid to the policyholder's account {p1.iban}.
Handler: {p4.init}, Motor Claims Team""",
    ),
    (
        "police_report",
        """INCIDENT REPORT
Reference: {ticket}
Reporting officer: PC {p1.last} (collar {n1}{n2}{n3})
Date/time of report: {d2} {t2}

Summary: At {t1} on {d1} the victim, {p2.REV} ([[female|male]], born {p2.dob}), reported that her bag had been taken from a café table. The bag contained a purse with a debit card ({p2.card}) and her driving licence. The victim lives at {p2.addr} and can be contacted on {p2.mobile}.
Suspect described as a white male, approx. 30, dark hoodie. CCTV requested from the café manager, {p3.full}.
The card was used twice after the theft; the bank's fraud team ({co.hotline}) confirmed the card is now stopped.
Next action: victim to attend station on {d3} to view images.""",
    ),
    (
        "medical_referral",
        """{co}
{co.addr}

{d1}

Dear Dr {p1.last},

Re: {p2.full}, DOB {p2.dob}, NHS/ID {p2.id}
{p2.addr}

Thank you for seeing this [[pleasant|52-year-old]] patient, who presents with a three-month history of intermittent chest pain on exertion. Resting ECG was unremarkable. Bloods taken on {d2} showed mildly raised cholesterol.
I would be grateful for your opinion regarding further investigation. The patient is happy to be contacted on {p2.mobile}. Their daughter, {p3.full}, usually accompanies them to appointments.

Yours sincerely,

Dr {p4.full}
General Practitioner""",
    ),
    (
        "tenancy_dispute",
        """Dear {p1.title} {p1.last},

RE: DEPOSIT DISPUTE - {p2.addr}

I am writing on behalf of my client, {p2.full}, who vacated the above property on {d1}. Despite repeated requests, the deposit of {amount} has not been returned. Your letting agent, {co}, claims that the carpets required professional cleaning, however the check-out report signed by your representative ({p3.init}) records the flat as "clean and in good order".
Unless the deposit is paid into my client's account ({p2.iban}) by {d3}, we will refer the matter to the deposit protection scheme.

Yours sincerely
{p4.full}
{co2}""",
    ),
    (
        "school_report",
        """END OF TERM REPORT - Year 8
Pupil: {p1.rev}
Tutor: {p2.title} {p2.last}

{p1.first} has made steady progress this term. In English, [[her|his]] creative writing piece on climate migration was one of the strongest in the class. In Maths, {p1.first} needs to show working more consistently. Attendance: 96%.
Parents' evening is on {d2}. If you are unable to attend, please email {p2.wmail} or call the school office ({co.hotline}).
Emergency contact on file: {p3.full}, {p3.mobile}.""",
    ),
    (
        "social_post",
        """{p1.handle} · {d1}
Absolutely fuming. Ordered a sofa from {co} in [[March|spring]], paid in full, and it STILL hasn't arrived. Their "customer care" email ({co.mail}) just sends auto-replies. Anyone else had this?

  ↳ {p2.handle}: same thing happened to my sister. try tagging them on here, they respond faster lol
  ↳ {p3.lower}: honestly go to trading standards. my partner {p4.first} got our money back that way
  ↳ {p1.handle}: thanks all. if anyone from the company sees this, my order is {order} and you can reach me at {p1.email}""",
    ),
    (
        "crm_export",
        """CRM TIMELINE - Contact: {p1.Flast}
Account: {co}    Owner: {p2.init}
-------------------------------------------------
{d1} {t1}  Call (outbound) - {p2.first}: spoke to {p1.first}, interested in the premium plan. Asked us to send info to {p1.email}.
{d2} {t2}  Email sent - brochure + quote {ref}.
{d3}  Note - {p1.first} forwarded to colleague {p3.full} ({p3.wmail}), who signs off budgets.
{d4}  Meeting - onsite at {co.addr}. Attendees: {p1.full}, {p3.full}, {p2.full}.
{d5}  Task - follow up on mobile {p1.mobile} after board meeting.
{d6}  Stage changed: Proposal -> Negotiation""",
    ),
    (
        "ocr_form",
        """APPLICATION FOR PARKING PERMIT   Form PP-2
Surname: {p1.LAST}
First name(s): {p1.first}
Date of birth: {p1.dob}
Address: {p1.addr}
Telephone: {p1.mobile}
Email: {p1.email}
Vehicle make/model: [[Ford Focus|Vauxhall Corsa|Toyota Yaris|Morgan Plus Four]]
Permit zone: {n1}B
Signature: ________   Date: {d1}
FOR OFFICE USE: receipt {invoice}, checked by {p3.init}""",
    ),
    (
        "mixed_lang",
        """Hi team, quick update from the Berlin office. Die Kundin {p1.full} hat heute angerufen — she wants her contract moved to her new address: {p1.addr}. Sie ist unter {p1.mobile} erreichbar, but prefers email ({p1.email}).
Also, {p2.first} from accounts says the refund should go to IBAN {p1.iban}, not the old account. Danke!
- {p3.first}""",
    ),
    (
        "bank_dispute",
        """Chargeback request - submitted {d2}
Cardholder: {p1.full}
Card number: {p1.card}
Transaction date: {d1}
Merchant: {co}
Amount: {amount}
Reason: goods not received. I contacted the merchant at {co.mail} on three occasions and also called their helpline {co.hotline}; nobody has replied. Order number {order}.
Preferred contact: {p1.phone}
Signed: {p1.init}""",
    ),
    (
        "security_log",
        """Security alert summary ({d1})
User account: {p1.email}
Failed logins: {n1} attempts from {ip} between {t1} and {t2} UTC.
Successful login from {p1.ip} ({city}), device: Chrome on Windows, agent version {ver}.
Password reset requested and completed by the user. The user, {p1.full}, confirmed by phone ({p1.mobile}) that the {city} login was hers/his.
Analyst: {p2.init}   Ticket: {ticket}""",
    ),
    (
        "meeting_minutes",
        """Minutes - Residents' Association committee meeting, {d1}
Present: {p1.full} (chair), {p2.full}, {p3.init}, {p4.Flast}
Apologies: {p5.full}

1. The chair welcomed everyone. Minutes of the last meeting approved.
2. Bins: {p2.last} reported that the council collection was missed twice; she will email the council's waste team.
3. New member {p5.first} asked that contact details not be published. Agreed.
4. Treasurer's report: balance {amount}. {p3.last} to move funds to the new account.
5. Next meeting {d3}, at {p1.addr}.
AOB: none.""",
    ),
    (
        "review_reply",
        """★★☆☆☆ "Slow delivery, rude driver" - {p1.init}

Ordered a washing machine on {d1}, delivered {d3}. The driver left it in the driveway instead of bringing it in.

Response from {co}:
Dear {p1.first}, we are very sorry about your experience. We have passed your feedback to our delivery partner. Please contact our team at {co.mail} quoting {order} and we will arrange a goodwill gesture. - {p2.first}, Customer Care""",
    ),
    (
        "chat_log",
        """[{t1}] Bot: Welcome to {co} live chat. Please describe your issue.
[{t1}] Customer: parcel says delivered but nothing arrived
[{t1}] Bot: Connecting you to an agent...
[{t2}] {p1.first} (agent): Hi, I'm {p1.first}. Can you confirm the name and postcode on the order?
[{t2}] Customer: {p2.full}, {p2.addr}
[{t2}] {p1.first} (agent): Thanks. The driver photographed it at the side gate. Could it be with a neighbour?
[{t2}] Customer: checked, no. my number is {p2.mobile} if the driver wants to call
[{t2}] {p1.first} (agent): I've opened a claim ({claim}). You'll get an update within 48 hours.""",
    ),
    (
        "newsletter_nopii",
        """{co} - Monthly update

Our new opening hours start on {d1}: Monday to Saturday 9:00-18:00. The customer hotline {co.hotline} remains available around the clock, and you can always write to {co.mail}.
What's new: the mobile app version {ver} fixes the login issue some of you reported. Read the full release notes at {co.web}.
Our [[Leeds|Bristol]] showroom will be closed for refurbishment until {d3}. Thank you for your patience!""",
    ),
    (
        "release_notes_nopii",
        """Release notes - build {ver}
Date: {d1}

* Fixed: crash when exporting reports with more than 10,000 rows.
* Changed: default timeout raised from 30 to 60 seconds.
* Upgraded bundled runtime to {ver2}.
* Known issue: proxy servers configured as 10.0.0.1 in older templates must be updated manually.
Support: {co.mail} | {co.hotline} | {co.web}
Ticket references: {ticket}, {ticket2}""",
    ),
    (
        "notice_nopii",
        """IMPORTANT NOTICE TO CUSTOMERS

From {d2} our registered office will move. Please send all correspondence for invoice {invoice} and later to the claims department via {co.mail}. Policy {policy} holders do not need to take any action.
Lines are open Mon-Fri on {co.hotline}. Masked card numbers such as {masked} will appear on statements for your security.""",
    ),
    (
        "forum_post",
        """Re: Best way to get a refund from an airline?

posted by {p1.handle} on {d2}

I had exactly this last year. Wrote a letter to their complaints team, cc'd the regulator, and got a full refund in six weeks. Happy to share the template - DM me or drop me a line at {p1.email}.
My contact on the claims side was a lady called {p2.full}, she was really helpful.

Edit: for anyone asking, my LinkedIn is {p1.url} - connect and I'll send it over.""",
    ),
    (
        "hr_note",
        """CONFIDENTIAL - HR FILE NOTE
Employee: {p1.rev}     Employee no. {ref}
Manager: {p2.full}
Date of meeting: {d1}

{p1.first} attended a return-to-work meeting after {n1} days of absence. Payroll confirmed that sick pay will be paid to account {p1.ibanc}. {p1.first}'s emergency contact has changed to {p3.full} ({p3.mobile}); home address is now {p1.addr}.
National Insurance / SSN on file: {p1.id}. Date of birth: {p1.dob}.
Next review: {d3}.""",
    ),
    (
        "gym_cancel",
        """Hi there,

I'd like to cancel my membership at your [[Croydon|Camden]] branch with effect from {d2}. My membership number is {order}. I'm moving to {p1.addr} for work so I can't use the club anymore.

Please stop the direct debit and confirm by email to {p1.email}. You can also ring me on {p1.mobile} during the day.

Thanks,
{p1.REV}""",
    ),
    (
        "travel_booking",
        """Booking confirmation {ref}
Lead passenger: {p1.title} {p1.full}
Date of birth (as in passport): {p1.dobl}
Additional passenger: {p2.full}, date of birth {p2.dob}
Outbound: {d2}, {t1}; Return: {d4}, {t2}
Payment: card {masked}, {amount}
Emergency contact: {p3.full}, {p3.phone}
For changes call {co.hotline} or email {co.mail}. Manage your booking at {co.web}.""",
    ),
    (
        "obituary",
        """{p1.mid}, of {city}, passed away peacefully on {d1}, aged {p1.age}. Beloved wife/husband of the late {p2.first} and much-loved parent of {p3.first} and {p4.full}.
The funeral will take place at St Mary's Church on {d3} at 11am. Family flowers only; donations if desired to the hospice. Condolences can be sent to {p4.email}.""",
    ),
    (
        "linkedin_msg",
        """{p1.full} sent you a message · {d2}

Hi {p2.first}, great to meet you at the conference in {city}! As promised, here's my profile: {p1.url}. Our company page is {co.li} if your team wants to follow us.
I also mentioned my colleague {p3.init} - she leads our data team and would love a chat. Her number is {p3.mobile}.
Cheers, {p1.first}""",
    ),
]
