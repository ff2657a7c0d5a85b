"""English templates (en_GB / en_US values)."""

TEMPLATES = [
    "hi, this is {lname}, i cant log in since the update. my email is {email}",
    "Customer {name} reports that the parcel for order {order} never arrived. Tracking {tracking} says delivered, "
    "but nothing at {addr}. Please call back on {phone}.",
    "Crashes every time I open the camera since version {version}. Emailed {supmail} twice, no reply. 2 stars.",
    "Great service from {first} at the {city} branch, she sorted my refund in ten minutes. Will shop at {company} again!",
    """\
Hello,

I would like to update the bank details on my account. The new IBAN is {iban}, account holder {name}.
Please stop using the old card ending {masked}.

Kind regards,
{name}
{addr}
Tel. {phone}""",
    "HR note {date}: {REV} requested parental leave starting {date.2}. ID on file: {nid}. Contact: {wemail}.",
    "Pt. {fLAST}, DOB {dob}, seen in clinic today for follow-up of hypertension. BP 138/85, meds unchanged. "
    "Letter copied to Dr {last.2}.",
    """\
{name}
{addrnl}

{date}

Dear Sir or Madam,

I am writing to complain about invoice {invoice}. I was charged twice for the same subscription and my card {card} \
was debited {amount} on both occasions. I have called your hotline {hotline} three times without success.

Please refund the duplicate payment to my account {iban}.

Yours faithfully,
{init}""",
    "If I'm not in, leave it with {name.2} next door or ring me on {phone}. Gate code is 4821.",
    "The checkout was confusing and delivery took 9 days. I'd only recommend {company} if they fix the app.",
    "{date} - call with {rev}: wants to upgrade to premium, prefers e-mail ({email}). Follow up next week. -- {first.2}",
    "Huge thanks to {name} for handing in my wallet on the {time} train to {city}! Restored my faith in people 🙏",
    "Call summary: caller identified as {name}, date of birth {dob}. Verified address {addr}. Reported suspicious "
    "transactions on card {card}; card blocked and a new one ordered. Ref {ticket}.",
    "Additional information: I moved in March, my new address is {addr}. Please update your records.",
    "can u send the invoice to {email} instead? thx {lfirst}",
    "User {email} was locked out after 5 failed logins from IP {ip}. Last successful login from {ip.2}. "
    "Account {custno} unlocked after ID check.",
    "Release notes: gateway firmware upgraded to {version}, fixed a memory leak in the sync service. See {weburl}.",
    "Candidate {name} ({email}, {phone}) - strong Python, 5 yrs experience. LinkedIn: {url}. "
    "Second interview with {name.2} on {date}.",
    "{first} at the {city} store was super helpful!! Thank you!!",
    """\
Hi {first},

Thanks for your time on the phone earlier. As discussed, I've attached the contract. Could you confirm your date \
of birth? We have {dob} on file but want to double-check.

Best,
{name.2}
Account Manager | {company}
{wemail.2} | {phone.2}""",
    "Ordered on {date}, order {order}, still nothing. Your tracking page {weburl} has said 'processing' for a week. "
    "Very disappointed with {company}. - {first}",
    "Referral: {NAME}, born {dob}, of {addr}. Chronic lower back pain for 3 months. Patient can be reached on {phone}.",
    "Payroll change for {rev}: new bank account {iban}, effective next month. Approved by {init.2}.",
    "Anyone know a decent plumber in {city}? Ours quoted {amount} just to look at the boiler 😤",
    "my card number is {card} exp 09/27, can you take the outstanding balance from it",
    "To whom it may concern, I confirm that {name} has rented the flat at {addr} since {date}. Rent was always paid "
    "on time. {name.2} (landlord), {phone.2}",
    "Fraud check: applicant {name}, ID {nid}, DOB {dob}. Device IP {ip} geolocates outside the billing country. "
    "Escalated as {ticket}.",
    "Follow my work at {url} - DMs open for commissions!",
    "The {product} arrived scratched. Replacement requested via {supmail}, ticket {ticket}. Reference {ref16}.",
    "Deliver to reception and ask for {fLAST}, 3rd floor. Mobile {phone}",
    "Name: {name}\nEmail: {email}\nPhone: {phone}\nSerial no: SN-{serial}\nIssue: screen flickers after update {version}.",
    "ok so i paid by bank transfer from {iban} yesterday and it still says unpaid?? order {order}",
    "Please remove me from your mailing list, I've unsubscribed three times already. Writing to {supmail} is useless.\n{init}",
    "Emergency contact updated: {fLAST}'s partner {name.2}, mobile {phonei}.",
    "Thanks so much for the quick fix!\n\n- {first}",
    "Mrs {last} rang at {time} about her late husband's account. Death certificate to follow; she asked us to use "
    "{email} for all correspondence.",
    "Survey answer: staff friendly, but the app logged me out every day and the {city} branch closes too early.",
]
