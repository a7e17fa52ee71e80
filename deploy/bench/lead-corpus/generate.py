#!/usr/bin/env python3
"""Writes the lead-extraction corpus: lead-service/src/test/resources/corpus/<id>.eml + <id>.json.

The messages are written for RenOS (invented people, real Danish postcodes), in the shapes real lead
mail takes: three portals whose label wording and order vary, the website form (plain, HTML table,
Reply-To), customers' own prose with a signature, forwards, office leads with company and contact,
UTF-8 and ISO-8859-1, quoted-printable and base64, HTML-only mail, and non-lead mail of every kind
the classifier must reject. Deterministic (fixed seed): re-running gives the same files.

Usage: python3 deploy/bench/lead-corpus/generate.py [output-dir]
"""
import json
import os
import random
import sys
from email.charset import Charset, QP, BASE64
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.header import Header
from email.utils import formataddr, format_datetime
import datetime

rnd = random.Random(13)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), "../../../lead-service/src/test/resources/corpus")

FIRST = ["Mette", "Søren", "Anne-Marie", "Lars", "Pernille", "Jens", "Camilla", "Mads", "Line", "Rasmus",
         "Sofie", "Henrik", "Louise", "Thomas", "Birgitte", "Kasper", "Ida", "Niels", "Helle", "Jørgen",
         "Maja", "Frederik", "Signe", "Ole", "Karina", "Bjørn", "Åse", "Troels", "Nanna", "Kristian"]
LAST = ["Hansen", "Østergaard", "Jørgensen", "Nielsen", "Pedersen", "Kjær", "Sørensen", "Mølgaard",
        "Bæk", "Christensen", "Lund", "Holm", "Dahl", "Frandsen", "Skov", "Thygesen", "Madsen", "Vestergaard",
        "Brøndum", "Kristensen", "Ærø", "Lauridsen", "Winther", "Mikkelsen", "Bach"]
STREETS = ["Skovvejen", "Østerbrogade", "Nørregade", "Vestergade", "Jens Baggesens Vej", "Algade", "Bakkevej",
           "Egevej", "Møllevej", "Strandvejen", "Kirkegade", "Søndergade", "Rosenvænget", "Åboulevarden",
           "Frederiksberg Allé", "Birkevej", "Havnegade", "Lærkevej", "Grønnegade", "Toftevej"]
PLACES = [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8260", "Viby J"),
          ("2100", "København Ø"), ("2200", "København N"), ("1553", "København V"), ("2000", "Frederiksberg"),
          ("5000", "Odense C"), ("7100", "Vejle"), ("8600", "Silkeborg"), ("8660", "Skanderborg"),
          ("4000", "Roskilde"), ("9000", "Aalborg"), ("6000", "Kolding"), ("8700", "Horsens"),
          ("8240", "Risskov"), ("8270", "Højbjerg"), ("7400", "Herning"), ("3000", "Helsingør")]
FLOORS = ["", "", "", ", 2. th.", ", 1. tv.", ", st. tv.", ", 3. mf."]
COMPANIES = ["Tegnestuen Nord ApS", "Bæk & Holm Advokater I/S", "Klinik Åen ApS", "Vestergaard Revision A/S",
             "Dahl Consult ApS", "Mølgaard Holding ApS", "Frandsen Ejendomme A/S", "Lund Arkitekter ApS"]

SERVICES = {
    "RECURRING": ["Fast rengøring", "fast rengøring", "Privat rengøring", "Almindelig rengøring", "Løbende rengøring"],
    "DEEP_CLEAN": ["Hovedrengøring", "hovedrengøring", "Hoved-rengøring", "HOVEDRENGØRING"],
    "MOVE_OUT": ["Flytterengøring", "flytterengøring", "Fraflytningsrengøring", "Flytte-rengøring", "Fraflytning"],
    "ONE_OFF": ["Engangsopgave", "Engangsrengøring"],
    "OFFICE": ["Erhvervsrengøring", "Kontorrengøring", "Erhverv", "Rengøring af kontor"],
    "WINDOWS": ["Vinduespolering", "Vinduespudsning"],
}
FREQ = {
    "WEEKLY": ["Hver uge", "Ugentlig", "ugentligt", "1 gang om ugen", "En gang i ugen"],
    "BIWEEKLY": ["Hver 14. dag", "Hver anden uge", "hver 2. uge", "2 gange om måneden", "Hver fjortende dag"],
    "MONTHLY": ["Månedlig", "Hver måned", "månedligt", "1 gang om måneden", "Hver 4. uge"],
}
DAYS = ["Fredag eftermiddag", "Mandag formiddag", "Hverdage efter kl. 12", "Tirsdag eller torsdag", "Lørdag d. 13."]
PROPERTY = ["Lejlighed", "Hus", "Rækkehus", "Villa", "Parcelhus"]


def phone_variant(digits):
    a, b, c, d = digits[0:2], digits[2:4], digits[4:6], digits[6:8]
    return rnd.choice([
        digits, f"{a} {b} {c} {d}", f"+45 {a} {b} {c} {d}", f"+45{digits}", f"0045 {digits}",
        f"{a}{b} {c}{d}", f"{a}-{b}-{c}-{d}", f"(+45) {a}{b} {c}{d}", f"+45 {a}{b} {c}{d}", f"0045-{a}{b}{c}{d}"])


def area_variant(n):
    return rnd.choice([str(n), f"{n} m2", f"{n}m²", f"{n} kvm", f"ca. {n}", f"{n} m²", f"ca. {n} m2", f"{n} kvadratmeter"])


def area_in_text(n):
    return rnd.choice([f"{n} m2", f"{n}m²", f"{n} kvm", f"ca. {n} kvm", f"{n} kvadratmeter", f"ca. {n} m²"])


def ascii_local(s):
    t = s.lower()
    for a, b in [("ø", "oe"), ("æ", "ae"), ("å", "aa"), (" ", "."), ("é", "e")]:
        t = t.replace(a, b)
    return "".join(ch for ch in t if ch.isalnum() or ch in ".-")


def person(office=False):
    first, last = rnd.choice(FIRST), rnd.choice(LAST)
    name = f"{first} {last}"
    domain = rnd.choice(["example.dk", "example.com", "mail.example.dk", "post.example.dk"])
    email = f"{ascii_local(first)}.{ascii_local(last)}@{domain}"
    digits = str(rnd.choice([2, 3, 4, 5, 6, 7, 9])) + "".join(str(rnd.randint(0, 9)) for _ in range(7))
    street = f"{rnd.choice(STREETS)} {rnd.randint(1, 140)}{rnd.choice(['', '', '', 'A', 'B'])}{rnd.choice(FLOORS)}"
    postal, city = rnd.choice(PLACES)
    company = rnd.choice(COMPANIES) if office else None
    if company:
        email = f"{ascii_local(first)}@{ascii_local(company.split()[0])}.example.dk"
    return dict(name=name, email=email, phoneDigits=digits, phone="+45" + digits, address=street,
                postalCode=postal, city=city, company=company)


def pick_service(office=False):
    if office:
        return "OFFICE"
    return rnd.choice(["RECURRING", "RECURRING", "RECURRING", "DEEP_CLEAN", "MOVE_OUT", "MOVE_OUT", "ONE_OFF", "WINDOWS"])


def pick_freq(service):
    if service in ("RECURRING", "OFFICE"):
        return rnd.choice(["WEEKLY", "BIWEEKLY", "BIWEEKLY", "MONTHLY"])
    return None


def expected(outcome, source, p=None, area=None, service=None, freq=None, **over):
    e = {"outcome": outcome}
    if outcome != "NOT_A_LEAD":
        e.update(source=source, name=p["name"], email=p["email"], phone=p["phone"], address=p["address"],
                 postalCode=p["postalCode"], city=p["city"], areaSqm=area, serviceType=service, frequency=freq,
                 company=p.get("company"))
        e.update(over)
    else:
        e.update(over)
    return e


def html_table(rows, colon):
    cells = "".join(f"<tr><td style=\"font-weight:bold\">{k}{':' if colon else ''}</td><td>{v}</td></tr>" for k, v in rows)
    return (f"<html><head><style>td{{padding:4px}}</style></head><body><p>{{intro}}</p>"
            f"<table>{cells}</table><p>{{outro}}</p></body></html>")


def write(ident, msg, exp):
    with open(os.path.join(OUT, ident + ".eml"), "wb") as f:
        f.write(msg.as_bytes())
    with open(os.path.join(OUT, ident + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


DATE = datetime.datetime(2026, 11, 20, 9, 30, tzinfo=datetime.timezone.utc)
counter = [0]


def make(from_name, from_addr, subject, text=None, html=None, charset="utf-8", encoding=None, reply_to=None,
         headers=None):
    counter[0] += 1
    try:
        for part in (text, html, subject):
            if part is not None:
                part.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    cs = Charset(charset)
    cs.body_encoding = encoding or (rnd.choice([QP, QP, BASE64]) if charset == "utf-8" else QP)
    parts = []
    if text is not None:
        parts.append(MIMEText(text, "plain", cs))
    if html is not None:
        parts.append(MIMEText(html, "html", cs))
    if len(parts) == 1:
        msg = parts[0]
    else:
        msg = MIMEMultipart("alternative")
        for p in parts:
            msg.attach(p)
    msg["From"] = formataddr((str(Header(from_name, "utf-8")) if from_name else "", from_addr)) if from_name else from_addr
    msg["To"] = "info@renos.example.dk"
    msg["Subject"] = Header(subject, "utf-8" if charset == "utf-8" else charset)
    msg["Date"] = format_datetime(DATE + datetime.timedelta(minutes=counter[0]))
    msg["Message-ID"] = f"<corpus-{counter[0]:03d}@corpus.renos.example>"
    if reply_to:
        msg["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    return msg


# ------------------------------------------------------------------------------------------ portals

RN_LABELS = [  # Rengøring.nu, two years of wording
    dict(name="Navn", email="Email", phone="Telefon", address="Adresse", area="Hvor stort er området",
         freq="Hvor ofte vil du have rengøring", days="Tilføj mindst én passende dag", prop="Boligtype",
         service="Type af rengøring"),
    dict(name="Fulde navn", email="E-mail", phone="Telefonnummer", address="Adresse på opgaven",
         area="Boligens størrelse", freq="Hvor ofte", days="Passende dage", prop="Type af bolig",
         service="Hvilken type rengøring"),
]
LP_LABELS = [  # Leadpoint (Rengøring Aarhus)
    dict(name="Kundens navn", email="E-mailadresse", phone="Mobil", address="Vejnavn", postcity="Postnr. og by",
         area="Boligareal", freq="Hyppighed", days="Ønsket dag", prop="Ejendomstype", service="Opgavetype"),
    dict(name="Kontaktperson", email="Mail", phone="Tlf.", address="Rengøringsadresse", postcity="Postnummer og by",
         area="Antal m2", freq="Frekvens", days="Hvornår", prop="Bolig", service="Ydelse"),
]
AH_LABELS = [  # AdHelp
    dict(name="Navn", email="E-mail", phone="Tlf", address="Adresse", area="Kvadratmeter", freq="Hvor tit",
         days="Foretrukne dage", prop="Boligtype", service="Opgave", company="Virksomhed"),
    dict(name="Kontaktperson", email="Din e-mail", phone="Mobilnummer", address="Opgavens adresse", area="Areal",
         freq="Hvor ofte", days="Ønskede dage", prop="Ejendomstype", service="Service", company="Firmanavn"),
]


def portal_rows(p, labels, service, freq, area, office, split_postcode):
    rows = [(labels["name"], p["name"]), (labels["email"], p["email"]), (labels["phone"], phone_variant(p["phoneDigits"]))]
    if split_postcode and "postcity" in labels:
        rows += [(labels["address"], p["address"]), (labels["postcity"], f"{p['postalCode']} {p['city']}")]
    else:
        rows += [(labels["address"], f"{p['address']}, {p['postalCode']} {p['city']}")]
    rows += [(labels["area"], area_variant(area)), (labels["service"], rnd.choice(SERVICES[service]))]
    if freq:
        rows.append((labels["freq"], rnd.choice(FREQ[freq])))
    elif rnd.random() < 0.4:
        rows.append((labels["freq"], rnd.choice(["Kun én gang", "Ved ikke", "-"])) if service == "ONE_OFF"
                    else (labels["freq"], "-"))
    rows.append((labels["days"], rnd.choice(DAYS)))
    if not office:
        rows.append((labels["prop"], rnd.choice(PROPERTY)))
    if office and "company" in labels:
        rows.append((labels["company"], p["company"]))
    head = rows[:3]
    tail = rows[3:]
    rnd.shuffle(tail)
    rows = head + tail
    if rnd.random() < 0.5:
        rnd.shuffle(rows)
    return rows


def portal_lead(kind, i):
    office = kind == "ADHELP" and rnd.random() < 0.5
    p = person(office)
    service = pick_service(office)
    freq = pick_freq(service)
    area = rnd.choice([45, 58, 64, 72, 85, 98, 110, 120, 135, 160, 210, 340])
    if kind == "RENGORING_NU":
        labels = rnd.choice(RN_LABELS)
        sender = ("Rengøring.nu", rnd.choice(["lead@leadmail.no", "noreply@leadmail.no", "nyt-lead@mail.leadmail.no"]))
        subject = rnd.choice([f"{p['name']} fra Rengøring.nu", f"Nyt lead fra Rengøring.nu - {p['name']}"])
        intro, outro = "Du har modtaget et nyt lead:", "Svar ikke på denne mail. Skriv direkte til kunden."
    elif kind == "RENGORING_AARHUS":
        labels = rnd.choice(LP_LABELS)
        sender = ("Rengøring Aarhus", rnd.choice(["leads@leadpoint.dk", "kunde@leadpoint.dk"]))
        subject = rnd.choice(["Ny forespørgsel fra Rengøring Aarhus", "Rengøring Aarhus: ny opgave", "Forespørgsel på rengøring"])
        intro, outro = "Ny forespørgsel via Rengøring Aarhus.", "Besvar denne mail for at svare kunden."
    else:
        labels = rnd.choice(AH_LABELS)
        sender = ("AdHelp", rnd.choice(["leads@adhelp.dk", "system@adhelp.dk"]))
        subject = rnd.choice(["Nyt lead fra AdHelp", "AdHelp - ny kundehenvendelse", "Lead: " + SERVICES[service][0]])
        intro, outro = "Hej, her er et nyt lead.", "Venlig hilsen AdHelp"
    rows = portal_rows(p, labels, service, freq, area, office, rnd.random() < 0.5)
    reply_to = None
    exp_email = p["email"]
    if kind == "RENGORING_AARHUS" and rnd.random() < 0.35:
        rows = [r for r in rows if r[0] != labels["email"]]
        reply_to = formataddr((p["name"], p["email"]))
    style = rnd.choice(["plain", "plain", "html-colon", "html-bare", "both"])
    text = intro + "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + outro + "\n"
    html = html_table(rows, style != "html-bare").replace("{intro}", intro).replace("{outro}", outro)
    charset = "iso-8859-1" if rnd.random() < 0.3 else "utf-8"
    if style == "plain":
        msg = make(*sender, subject, text=text, charset=charset, reply_to=reply_to)
    elif style == "both":
        msg = make(*sender, subject, text=text, html=html, charset=charset, reply_to=reply_to)
    else:
        msg = make(*sender, subject, html=html, charset=charset, reply_to=reply_to)
    if kind == "RENGORING_AARHUS" and reply_to is None and rnd.random() < 0.5:
        pass
    write(f"{kind.lower().replace('_', '-')}-{i:02d}", msg,
          expected("LEAD", kind, p, area, service, freq, email=exp_email))


# ------------------------------------------------------------------------------------------ website form

def website_form(i):
    office = rnd.random() < 0.25
    p = person(office)
    service = pick_service(office)
    freq = pick_freq(service)
    area = rnd.choice([55, 68, 80, 95, 105, 125, 150, 180, 260])
    split = rnd.random() < 0.5
    rows = []
    if split:
        first, last = p["name"].split(" ", 1)
        rows += [("Fornavn", first), ("Efternavn", last)]
    else:
        rows += [(rnd.choice(["Navn", "Dit navn", "Name"]), p["name"])]
    rows += [(rnd.choice(["E-mail", "Email", "Din e-mail"]), p["email"]),
             (rnd.choice(["Telefon", "Telefonnummer", "Tlf. nr."]), phone_variant(p["phoneDigits"])),
             (rnd.choice(["Adresse", "Din adresse"]), p["address"]),
             (rnd.choice(["Postnummer", "Postnr."]), p["postalCode"]), ("By", p["city"]),
             (rnd.choice(["Størrelse", "Boligareal", "Hvor mange kvadratmeter"]), area_variant(area)),
             (rnd.choice(["Ønsket rengøring", "Rengøringstype", "Hvad skal der gøres"]), rnd.choice(SERVICES[service]))]
    if freq:
        rows.append((rnd.choice(["Hvor ofte", "Frekvens"]), rnd.choice(FREQ[freq])))
    if office:
        rows.append((rnd.choice(["Virksomhed", "Firma"]), p["company"]))
    rows.append((rnd.choice(["Besked", "Kommentar", "Bemærkninger"]),
                 rnd.choice(["Vi har en hund.", "Nøgle kan hentes hos naboen.", "Ring gerne først.", "-"])))
    rnd.shuffle(rows)
    sender = rnd.choice([("RenOS hjemmeside", "noreply@renos.example.dk"), ("WordPress", "wordpress@renos.example.dk"),
                         ("Kontaktformular", "formular@forms.example.net")])
    reply_to = formataddr((p["name"], p["email"])) if rnd.random() < 0.5 else None
    subject = rnd.choice(["Ny henvendelse fra hjemmesiden", "Kontaktformular: ny besked", "Tilbudsforespørgsel via renos.dk"])
    style = rnd.choice(["plain", "html-colon", "html-bare"])
    text = "Ny besked fra kontaktformularen på hjemmesiden:\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n"
    html = html_table(rows, style == "html-colon").replace("{intro}", "Ny besked fra kontaktformularen").replace("{outro}", "Sendt fra renos.dk")
    charset = "iso-8859-1" if rnd.random() < 0.3 else "utf-8"
    msg = make(*sender, subject, text=text if style == "plain" else None, html=None if style == "plain" else html,
               charset=charset, reply_to=reply_to)
    write(f"website-form-{i:02d}", msg, expected("LEAD", "WEBSITE", p, area, service, freq))


# ------------------------------------------------------------------------------------------ free text

def prose(p, service, freq, area, office):
    svc = rnd.choice(SERVICES[service]).lower()
    f = rnd.choice(FREQ[freq]).lower() if freq else None
    where = f"{p['address']}, {p['postalCode']} {p['city']}"
    ph = phone_variant(p["phoneDigits"])
    prop = rnd.choice(["lejlighed", "hus", "rækkehus", "villa"])
    if office:
        opener = rnd.choice([
            f"Vi er et mindre firma og søger {svc} af vores lokaler på {area_in_text(area)}",
            f"Vi leder efter et firma til {svc} af vores kontor, ca. {area_in_text(area)}",
            f"Kan I give et tilbud på {svc}? Vores kontor er på {area_in_text(area)}"])
    elif service == "MOVE_OUT":
        opener = rnd.choice([
            f"Vi flytter snart og vil gerne have et tilbud på {svc} af vores {prop} på {area_in_text(area)}",
            f"Jeg skal bruge en {svc} når jeg afleverer min {prop}. Den er {area_in_text(area)}"])
    elif service == "DEEP_CLEAN":
        opener = rnd.choice([
            f"Vi ønsker en grundig {svc} af vores {prop} på {area_in_text(area)} inden jul",
            f"Hvad koster en {svc} af et {prop} på {area_in_text(area)}?"])
    elif service == "WINDOWS":
        opener = rnd.choice([f"Kan I klare {svc} på vores {prop}? Det er {area_in_text(area)}"])
    elif service == "ONE_OFF":
        opener = f"Vi har brug for en {svc} af vores {prop} på {area_in_text(area)} efter en fest"
    else:
        opener = rnd.choice([
            f"Vi søger {svc} {f} til vores {prop} på {area_in_text(area)}",
            f"Jeg vil gerne høre prisen på {svc}, {f}, i mit {prop} på {area_in_text(area)}"])
    addr_line = rnd.choice([f"Adressen er {where}.", f"Vi bor på {where}.", f"Boligen ligger på {where}."])
    contact = rnd.choice([f"Ring gerne på {ph}.", f"I kan fange mig på tlf. {ph}.", f"Mit nummer er {ph}."])
    if office and freq:
        opener += f", gerne {f}"
    body = f"{rnd.choice(['Hej', 'Hej RenOS', 'Goddag', 'Hej med jer'])}\n\n{opener}.\n{addr_line}\n{contact}\n\n"
    sig = rnd.choice(["Mvh", "Med venlig hilsen", "Venlig hilsen", "Hilsen", "De bedste hilsner"])
    body += f"{sig}\n{p['name']}\n" + (f"{p['company']}\n" if office else "")
    return body


def free_text(i):
    office = rnd.random() < 0.3
    p = person(office)
    service = pick_service(office)
    freq = pick_freq(service)
    area = rnd.choice([52, 66, 78, 90, 112, 128, 145, 175, 230, 400])
    body = prose(p, service, freq, area, office)
    display = rnd.choice([p["name"], p["name"], p["name"].split(" ")[0], ""])
    subject = rnd.choice(["Tilbud på rengøring", "Forespørgsel", "Rengøring", rnd.choice(SERVICES[service]),
                          "Pris på " + rnd.choice(SERVICES[service]).lower()])
    charset = "iso-8859-1" if rnd.random() < 0.35 else "utf-8"
    html_only = rnd.random() < 0.25
    if html_only:
        html = "<html><body>" + "".join(f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.split("\n\n")) + "</body></html>"
        msg = make(display, p["email"], subject, html=html, charset=charset)
    else:
        msg = make(display, p["email"], subject, text=body, charset=charset)
    write(f"free-text-{i:02d}", msg, expected("LEAD", "WEBSITE", p, area, service, freq))


def forwarded(i):
    p = person(False)
    service = pick_service(False)
    freq = pick_freq(service)
    area = rnd.choice([60, 75, 88, 120, 140])
    inner = prose(p, service, freq, area, False)
    fw = person(False)
    style = rnd.choice(["gmail", "outlook", "apple", "outlook-bare"])
    note = rnd.choice(["Hej, kan I tage denne? Hun spurgte mig om jeg kendte nogen.",
                       "Videresender fra min nabo, hun vil gerne have et tilbud.",
                       "Se nedenfor."]) + f"\n\nMvh {fw['name']}\nTlf {phone_variant(fw['phoneDigits'])}\n\n"
    date = "1. december 2026 10:12"
    if style == "gmail":
        head = f"---------- Forwarded message ---------\nFrom: {p['name']} <{p['email']}>\nDate: Mon, 1 Dec 2026 at 10:12\nSubject: Rengøring\nTo: {fw['name']} <{fw['email']}>\n\n"
        subject = "Fwd: Rengøring"
    elif style == "outlook":
        head = f"-----Oprindelig meddelelse-----\nFra: {p['name']} [mailto:{p['email']}]\nSendt: {date}\nTil: {fw['name']}\nEmne: Rengøring\n\n"
        subject = "VS: Rengøring"
    elif style == "apple":
        head = f"Start på videresendt besked:\n\nFra: {p['name']} <{p['email']}>\nEmne: Rengøring\nDato: {date}\nTil: {fw['name']} <{fw['email']}>\n\n"
        subject = "Fwd: Rengøring"
    else:
        head = f"Fra: {p['name']} <{p['email']}>\nSendt: {date}\nTil: {fw['email']}\nEmne: Rengøring\n\n"
        subject = "VS: Rengøring"
    body = note + head + inner
    msg = make(fw["name"], fw["email"], subject, text=body, charset=rnd.choice(["utf-8", "iso-8859-1"]))
    write(f"forwarded-{i:02d}", msg, expected("LEAD", "WEBSITE", p, area, service, freq))


# ------------------------------------------------------------------------------------------ not leads

NOT_LEADS = [
    ("newsletter", "Rengøringsbladet", "nyhed@rengoringsbladet.example.dk", "Ugens bedste rengøringstips",
     "Hej!\n\nSe vores 5 tips til hovedrengøring af køkkenet.\n\nDu modtager denne mail fordi du er tilmeldt vores nyhedsbrev. Afmeld her.\n",
     {"List-Unsubscribe": "<https://rengoringsbladet.example.dk/afmeld>"}),
    ("newsletter", "Byggemarked", "tilbud@byggemarked.example.dk", "Black Friday: 40 % på alt til hjemmet",
     "Kun i dag: støvsugere, mopper og rengøringsmidler til skarpe priser.\n\nVis denne mail i din browser\nAfmeld nyhedsbrevet\n", {"Precedence": "bulk"}),
    ("newsletter", "Boligportalen", "news@boligportal.example.com", "Nyt fra Boligportalen – december",
     "Flyttesæson: sådan får du dit depositum tilbage efter fraflytning.\n\nUnsubscribe | Administrer dine præferencer\n", {}),
    ("invoice", "Elselskabet", "faktura@el.example.dk", "Din faktura for november",
     "Kære kunde\n\nFakturanummer: 99812\nForfaldsdato: 15. december 2026\nBeløb at betale: 1.204,00 kr.\n", {}),
    ("invoice", "Rengøringsgrossisten A/S", "faktura@grossist.example.dk", "Faktura 20931 fra Rengøringsgrossisten A/S",
     "Hermed faktura for jeres ordre af rengøringsmidler og mikrofiberklude.\n\nFakturanr.: 20931\nForfaldsdato: 17. december 2026\n", {}),
    ("invoice", "MobilePay", "noreply@mobilepay.example.dk", "Betaling modtaget",
     "Vi har modtaget din betaling på 873,00 kr. til RenOS for fast rengøring.\n", {}),
    ("invoice", "Betalingsservice", "info@betalingsservice.example.dk", "Betalingsoversigt for januar",
     "Følgende betalinger trækkes via Betalingsservice:\nForsikring 412,00 kr.\nRengøring 1.047,00 kr.\n", {}),
    ("calendar", "Google Kalender", "calendar-notification@google.com", "Invitation: Flytterengøring Skovvejen 9A @ fre 12. dec 2026 09:00 - 13:00",
     "Du er inviteret til denne begivenhed.\n\nFlytterengøring Skovvejen 9A\nDeltag med Google Meet\nInvitation fra Google Kalender\n", {}),
    ("calendar", "Mette Hansen", "mette.hansen@example.dk", "Accepteret: Hovedrengøring @ man 8. dec 2026 10:00",
     "Mette Hansen har accepteret denne invitation.\n\nHovedrengøring\nInvitation fra Google Kalender\ninvitation.ics\n", {}),
    ("calendar", "Google Calendar", "calendar-notification@google.com", "Opdateret invitation: Fast rengøring hver 14. dag",
     "Denne begivenhed er blevet ændret.\nFast rengøring hver 14. dag, Vestergade 4, 8600 Silkeborg\nGoogle Kalender\n", {}),
    ("portal report", "Rengøring.nu", "rapport@leadmail.no", "Din månedsrapport for november",
     "Hej RenOS\n\nAntal leads i november: 14\nBesvarede: 12\nFlytterengøring: 5, fast rengøring: 9\n\nVenlig hilsen Rengøring.nu\n", {}),
    ("portal invoice", "AdHelp", "faktura@adhelp.dk", "Faktura for leads oktober",
     "Fakturanummer 7781\nLeads i oktober: 9 á 150 kr.\nAt betale i alt: 1.350,00 kr.\nForfaldsdato: 1. december\n", {}),
    ("portal report", "Leadpoint", "info@leadpoint.dk", "Statistik for din profil",
     "Din profil på Rengøring Aarhus er vist 412 gange i denne måned.\nSe din statistik.\n", {}),
    ("job application", "Jonas Brøndum", "jonas.broendum@example.dk", "Uopfordret ansøgning",
     "Hej\n\nJeg søger job som rengøringsassistent og har 3 års erfaring med fast rengøring og hovedrengøring.\nVedhæftet mit CV.\n\nMvh\nJonas Brøndum\n22 88 77 66\n", {}),
    ("job application", "Amira Holm", "amira.holm@example.com", "Ansøgning om stilling",
     "Kære RenOS\n\nJeg vil gerne søge stillingen som rengøringsassistent, som I har slået op.\nJeg har kørekort og er fleksibel.\n\nVenlig hilsen\nAmira Holm\n", {}),
    ("job application", "Mikkel Dahl", "mikkel.dahl@example.dk", "Fritidsjob?",
     "Hej, jeg er 17 år og søger et fritidsjob. Jeg kan gøre rent efter skole.\nMvh Mikkel\n", {}),
    ("supplier offer", "Clean Supply", "salg@cleansupply.example.dk", "Skarpe priser på rengøringsmidler til jeres firma",
     "Hej\n\nVi kan tilbyde jer rengøringsmidler og mikrofiberklude til engrospriser. Book en uforpligtende demo.\n\nMvh Clean Supply ApS\n", {}),
    ("supplier offer", "WebGrowth", "hello@webgrowth.example.com", "Flere kunder til jeres rengøringsfirma?",
     "Vi hjælper rengøringsfirmaer med SEO og Google-annoncering, så I får flere kunder.\n", {}),
    ("supplier offer", "Maskinhuset", "info@maskinhuset.example.dk", "Tilbud: gulvvaskemaskine til leasing",
     "Som rengøringsfirma kan I spare tid med en gulvvaskemaskine. Leasing fra 499 kr./md.\n", {}),
    ("spam", "Lotto Winner", "winner@lotto.example.com", "Du har vundet en iPhone!",
     "Tillykke! Klik her for at hente din gevinst inden 24 timer.\n", {}),
    ("spam", "Support", "security@bank-verify.example.com", "Din konto er blevet spærret",
     "Din konto er blevet spærret. Bekræft din konto her for at undgå lukning.\n", {}),
    ("spam", "Crypto Profit", "invest@crypto.example.com", "Tjen penge hjemmefra",
     "Tjen penge med bitcoin – 100% gratis at starte.\n", {}),
    ("reply to quote", "Mette Hansen", "mette.hansen@example.dk", "SV: Tilbud på flytterengøring",
     "Tak for tilbuddet. Vi tager det!\n\nDen 18. nov. 2026 kl. 10.12 skrev RenOS <info@renos.example.dk>:\n> Hej Mette, her er vores tilbud på flytterengøring.\n", {}),
    ("reply to quote", "Lars Nielsen", "lars.nielsen@example.com", "Re: Jeres tilbud",
     "Hej, kan vi rykke starten en uge? Ellers er tilbuddet fint.\n\n-----Oprindelig meddelelse-----\nFra: RenOS\nSendt: 17. november 2026\nEmne: Tilbud på fast rengøring\n", {}),
    ("reply to quote", "Sofie Lund", "sofie.lund@example.dk", "Vedr. tilbud",
     "Hej igen\n\nAngående jeres tilbud på hovedrengøring: vi takker ja.\n\nMvh Sofie\n", {}),
    ("complaint", "Kurt Pedersen", "kurt.pedersen@example.dk", "Rengøringen i går",
     "Hej\n\nJeg er meget utilfreds. Jeres medarbejder har ikke gjort rent i køkkenet, og badeværelset blev glemt.\n\nMvh Kurt\n", {}),
    ("complaint", "Helle Thygesen", "helle.thygesen@example.com", "Klage over flytterengøring",
     "Jeg vil klage over flytterengøringen. Udlejer har afvist den, og vi vil have pengene tilbage.\n\nHelle Thygesen\n", {}),
    ("complaint", "Jørgen Bach", "jorgen.bach@example.dk", "Ikke i orden",
     "Da I var her i fredags, efterlod I ridser i gulvet. Det er ikke i orden, og vi forventer en kompensation.\n", {}),
    ("auto-reply", "Niels Mikkelsen", "niels@firma.example.dk", "Automatisk svar: Tilbud på rengøring",
     "Tak for din mail. Jeg er på ferie indtil den 5. januar og læser ikke mails.\n", {"Auto-Submitted": "auto-replied"}),
]


def not_leads():
    for i, (kind, name, addr, subject, body, headers) in enumerate(NOT_LEADS, 1):
        html = rnd.random() < 0.3
        charset = "iso-8859-1" if rnd.random() < 0.3 else "utf-8"
        if html:
            msg = make(name, addr, subject, html="<html><body>" + "".join(f"<p>{line}</p>" for line in body.split("\n") if line) + "</body></html>",
                       charset=charset, headers=headers)
        else:
            msg = make(name, addr, subject, text=body, charset=charset, headers=headers)
        write(f"not-lead-{i:02d}-{kind.replace(' ', '-')}", msg, {"outcome": "NOT_A_LEAD", "kind": kind})


# ------------------------------------------------------------------------------------------ harder shapes

ODD_LABELS = dict(
    name=["Kundenavn", "Navn på kunde", "Fulde navn", "Dit navn"],
    email=["Emailadresse", "E-mail adresse", "Mailadresse", "Din email"],
    phone=["Mobiltelefon", "Telefon nr.", "Tlf.nr", "Mobilnr"],
    address=["Gade og husnummer", "Adresse (gade og nr.)", "Adresse for rengøring", "Vej og nummer"],
    postcity=["Postnr/by", "Postnr. / by", "Postnummer/by"],
    area=["Antal kvadratmeter", "Hvor mange m2 er boligen", "Størrelse på boligen", "Samlet areal"],
    service=["Ønsket ydelse", "Hvilken service ønskes", "Type opgave", "Rengøringstype"],
    freq=["Hvor ofte ønskes rengøring", "Hvor tit skal der gøres rent", "Interval"],
)


def odd_portal(i):
    kind = rnd.choice(["RENGORING_NU", "RENGORING_AARHUS", "ADHELP"])
    p = person(False)
    service = pick_service(False)
    freq = pick_freq(service)
    area = rnd.choice([62, 77, 93, 118, 150])
    rows = [(rnd.choice(ODD_LABELS["name"]), p["name"]), (rnd.choice(ODD_LABELS["email"]), p["email"]),
            (rnd.choice(ODD_LABELS["phone"]), phone_variant(p["phoneDigits"])),
            (rnd.choice(ODD_LABELS["address"]), p["address"]),
            (rnd.choice(ODD_LABELS["postcity"]), f"{p['postalCode']} {p['city']}"),
            (rnd.choice(ODD_LABELS["area"]), area_variant(area)),
            (rnd.choice(ODD_LABELS["service"]), rnd.choice(SERVICES[service]))]
    if freq:
        rows.append((rnd.choice(ODD_LABELS["freq"]), rnd.choice(FREQ[freq])))
    rnd.shuffle(rows)
    sender = {"RENGORING_NU": ("Rengøring.nu", "lead@leadmail.no"), "RENGORING_AARHUS": ("Leadpoint", "leads@leadpoint.dk"),
              "ADHELP": ("AdHelp", "leads@adhelp.dk")}[kind]
    subject = f"{p['name']} fra Rengøring.nu" if kind == "RENGORING_NU" else "Ny kundehenvendelse"
    text = "Ny henvendelse\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n"
    write(f"odd-labels-{i:02d}", make(*sender, subject, text=text, charset=rnd.choice(["utf-8", "iso-8859-1"])),
          expected("LEAD", kind, p, area, service, freq))


def signature_prose(i):
    office = rnd.random() < 0.3
    p = person(office)
    service = pick_service(office)
    freq = pick_freq(service)
    area = rnd.choice([55, 70, 95, 130, 160])
    svc = rnd.choice(SERVICES[service]).lower()
    f = (" " + rnd.choice(FREQ[freq]).lower()) if freq else ""
    ask = rnd.choice([f"Hvad vil det koste at få {svc}{f}? Det drejer sig om {area_in_text(area)}.",
                      f"Jeg kunne godt tænke mig et tilbud på {svc}{f} – vi har {area_in_text(area)}.",
                      f"Har I tid til {svc}{f}? Boligen er på {area_in_text(area)}."])
    sig = f"{rnd.choice(['Mvh', 'Venlig hilsen', 'Med venlig hilsen'])}\n\n{p['name']}\n"
    if office:
        sig += f"{p['company']}\n"
    sig += f"{p['address']}\n{p['postalCode']} {p['city']}\n{rnd.choice(['Tlf.', 'Mobil:', 'T:', 'Tlf:'])} {phone_variant(p['phoneDigits'])}\n"
    body = f"Hej\n\n{ask}\n\n{sig}"
    display = rnd.choice([p["name"], p["name"].lower(), ""])
    write(f"signature-prose-{i:02d}", make(display, p["email"], rnd.choice(["Tilbud", "Spørgsmål om pris", "Rengøring?"]),
                                           text=body, charset=rnd.choice(["utf-8", "iso-8859-1"])),
          expected("LEAD", "WEBSITE", p, area, service, freq))


MORE_NOT_LEADS = [
    ("booking change", "Mette Hansen", "mette.hansen@example.dk", "Aflysning af rengøring fredag",
     "Hej\n\nJeg må desværre aflyse rengøringen på fredag, da vi er syge. Kan vi rykke den til næste uge?\n\nMvh Mette\n", {}),
    ("booking question", "Lars Nielsen", "lars.nielsen@example.com", "Hvornår kommer I?",
     "Hej, hvornår kommer I på torsdag til den faste rengøring? Nøglen ligger under måtten.\n\nLars\n", {}),
    ("shipping", "PostNord", "noreply@postnord.example.dk", "Din pakke er på vej",
     "Din pakke med rengøringsartikler er på vej og leveres i morgen. Track & trace: 00370712345678\n", {}),
    ("review notification", "Trustpilot", "noreply@trustpilot.example.com", "Ny anmeldelse af RenOS",
     "RenOS har fået en ny anmeldelse: 5 stjerner – 'Super flytterengøring!'\nSvar på anmeldelsen\n", {"Auto-Submitted": "auto-generated"}),
    ("linkedin", "LinkedIn", "notifications@linkedin.example.com", "Du har 3 nye notifikationer",
     "Se hvem der har set din profil. Ny jobannonce: Rengøringsassistent, Aarhus.\n", {"List-Unsubscribe": "<mailto:unsub@linkedin.example.com>"}),
    ("termination", "Ole Berg", "ole.berg@example.dk", "Opsigelse af fast rengøring",
     "Hej\n\nHermed opsiger jeg vores aftale om fast rengøring hver 14. dag fra 1. januar.\n\nVenlig hilsen\nOle Berg\n", {}),
]


def more_not_leads():
    for i, (kind, name, addr, subject, body, headers) in enumerate(MORE_NOT_LEADS, len(NOT_LEADS) + 1):
        write(f"not-lead-{i:02d}-{kind.replace(' ', '-')}", make(name, addr, subject, text=body, headers=headers),
              {"outcome": "NOT_A_LEAD", "kind": kind})


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    for i in range(1, 17):
        portal_lead("RENGORING_NU", i)
    for i in range(1, 15):
        portal_lead("RENGORING_AARHUS", i)
    for i in range(1, 15):
        portal_lead("ADHELP", i)
    for i in range(1, 15):
        website_form(i)
    for i in range(1, 21):
        free_text(i)
    for i in range(1, 9):
        forwarded(i)
    not_leads()
    for i in range(1, 9):
        odd_portal(i)
    for i in range(1, 11):
        signature_prose(i)
    more_not_leads()


main()
