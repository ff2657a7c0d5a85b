"""English templates (genre, text)."""

TEMPLATES = [
    (
        "email",
        "Subject: Wrong item in order {order}\n\nHello,\n\nI ordered a {product} on {date} but the box contained a phone case instead. "
        "I have already written to {supmail} twice without an answer. Please call me back on {phone} or reply to {email}.\n\n"
        "Kind regards,\n{name}",
    ),
    (
        "chat",
        "[{time}] Agent ({first2}): Thanks for contacting {company}, who am I speaking with?\n"
        "[{time}] Customer: hi, it's {name.l}\n[{time}] Agent ({first2}): Could you confirm the address on the account?\n"
        "[{time}] Customer: {addr}\n[{time}] Agent ({first2}): Thank you. I can see the card ending {last4} is still active.",
    ),
    (
        "callnote",
        "Call note {date}: {first} {last} rang about the double debit on invoice {invoice}. Verified identity via DOB {dob} "
        "and postcode. Caller wants refund to IBAN {iban} instead of the card. Callback requested on {phone} after {time}.",
    ),
    (
        "medical",
        "DISCHARGE SUMMARY\nPatient: {last.u}, {first}\nDate of birth: {dob}\nNHS number: {nhs}\n"
        "Admitted {date} with community-acquired pneumonia; discharged on oral amoxicillin. "
        "GP: Dr {last2}. Next of kin: {name3} (daughter), tel. {phone}.",
    ),
    (
        "hr",
        "HR note – confidential. {name} (payroll no. {cust}) has asked for her bank details to be updated. "
        "New account: {iban}. Her National Insurance number {nino} was checked against the P45. Line manager {name2} informed on {date}.",
    ),
    (
        "bank",
        "Dear Sir or Madam,\n\nOn {date} two payments of £{amount} were taken from my credit card {card} by a merchant I do not recognise. "
        "I did not authorise them and I ask that you refund both. You can reach me at {addr} or by phone on {phone}.\n\nYours faithfully,\n\n{name}",
    ),
    (
        "delivery",
        "Delivery instructions: please leave parcels with the neighbour at {street} if nobody answers. "
        "Ring {first} on {phone} before {time}. Do not leave at the {company} depot in {city}.",
    ),
    (
        "cv",
        "{name.u}\n{addr} · {phone} · {email}\n{url}\n\nPROFILE\nData analyst with six years at {company}, "
        "experienced in SQL, Tableau and forecasting. Born {dob}. References available on request.",
    ),
    (
        "forum",
        "Re: router keeps dropping connection\n\nSame here. My public IP changes every night ({ip} at the moment) and "
        "the firmware is already {version}. Support at {hotline} said it's a known issue. — {first}",
    ),
    (
        "review",
        "★★☆☆☆ The {company} app crashes whenever I open my statements. Reinstalled version {version}, same thing. "
        "{first} from support was friendly but couldn't fix it.",
    ),
    (
        "minutes",
        "Minutes – project steering group, {date}\nPresent: {name}, {name2}, {name3}\n"
        "1. Budget: {first2} to circulate revised figures by {date2}.\n2. Supplier: {company} contract renewed.\n"
        "3. AOB: {last} will be on leave from {date3}.",
    ),
    (
        "form",
        "Additional information: my husband {name2} is also a joint account holder, his mobile is {phone2}. "
        "Please post all letters to {addr}, not to my work address. My SSN is {ssn} if you need it for the credit check.",
    ),
    (
        "email",
        "Hi there,\n\nI've moved house. Could you update my details please?\nOld address: {addr}\nNew address: {addr2}\n"
        "Customer number {cust}. My date of birth is {dob} in case you need to verify.\n\nThanks,\n{first}",
    ),
    (
        "chat",
        "Customer: Hello, someone logged into my account from {ip} last night, that wasn't me!\n"
        "Agent: I'm sorry to hear that. Can I take your full name and the email on the account?\n"
        "Customer: {name}, {email}\nAgent: Thanks {first}. I've locked the account and sent a reset link.",
    ),
    (
        "callnote",
        "Outbound call to {name} re: overdue balance on account {cust}. Customer stated card {card} was cancelled "
        "after a theft; new card to follow. Agreed payment plan, next instalment due {date}. Rang from {phone}.",
    ),
    (
        "medical",
        "Dear Dr {last2},\n\nThank you for referring {name}, born {dob}, of {addr}. She reports intermittent chest pain "
        "for three weeks. ECG unremarkable. Follow-up clinic on {date}.\n\nYours sincerely,\nDr {name3}\nConsultant Cardiologist",
    ),
    (
        "form",
        "Reason for contact: I can't log in. I think my email was changed by someone else to something like "
        "{email2}. My real one is {email}. Login attempts came from {ip} and {ip2}. Phone {phone}.",
    ),
    (
        "nopii",
        "Thank you for contacting {company}. Your refund for order {order} has been processed to the card ending {masked} "
        "and should appear within 5 working days. For further help call {hotline} or write to {supmail}.",
    ),
    (
        "nopii",
        "Release notes {version}: fixed a crash on login, improved battery use on the {product}. "
        "Full changelog at {weburl}. Firmware 10.0.0.1 was withdrawn on {date}.",
    ),
    (
        "nopii",
        "Minutes {date}: the {city} warehouse of {company} will move to a new site in spring. Tracking numbers such as "
        "{tracking} stay valid. Next meeting {date2} at {time}; invoice {invoice} to be paid by {date3}.",
    ),
]
