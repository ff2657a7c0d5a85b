"""Shared deterministic generators for blind set 9 (valid national ids, IBANs, messy formatting)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
import uuid

from faker import Faker
from stdnum import ean, iban
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn_mod
from stdnum.br import cpf as br_cpf_mod
from stdnum.ch import ssn as ch_ssn_mod
from stdnum.de import idnr as de_idnr_mod
from stdnum.de import vat as de_vat_mod
from stdnum.es import cif as es_cif_mod
from stdnum.es import dni as es_dni_mod
from stdnum.es import nie as es_nie_mod
from stdnum.fr import nir as fr_nir_mod
from stdnum.gb import nhs as gb_nhs_mod
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.luhn import calc_check_digit as luhn_digit
from stdnum.luhn import is_valid as luhn_ok
from stdnum.mx import curp as mx_curp_mod
from stdnum.nl import bsn as nl_bsn_mod
from stdnum.pl import nip as pl_nip_mod
from stdnum.pl import pesel as pl_pesel_mod
from stdnum.pt import cc as pt_cc_mod
from stdnum.pt import nif as pt_nif_mod

N = 800


def fk(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


def rows(fn, n: int = N) -> list:
    return [fn(i) for i in range(n)]


def mess(vals, rng: random.Random, null=0.0, ws=0.0, up=0.0, low=0.0):
    out = []
    for v in vals:
        if v is None or rng.random() < null:
            out.append(None)
            continue
        s = v
        if isinstance(s, str):
            if up and rng.random() < up:
                s = s.upper()
            elif low and rng.random() < low:
                s = s.lower()
            if ws and rng.random() < ws:
                s = rng.choice([" ", "  ", "\t"]) + s if rng.random() < 0.5 else s + rng.choice([" ", "   "])
        out.append(s)
    return out


def digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(k))


def birth(rng: random.Random, lo=1935, hi=2006) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    end = dt.date(hi, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def day(rng: random.Random, lo=dt.date(2023, 1, 1), hi=dt.date(2024, 12, 31)) -> dt.date:
    return dt.date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def stamp(rng: random.Random, fmt="%Y-%m-%d %H:%M:%S") -> str:
    d = day(rng)
    t = dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    return t.strftime(fmt)


def age_at(d: dt.date, ref=dt.date(2024, 6, 1)) -> int:
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def money(rng: random.Random, lo: float, hi: float, style="de", cur="") -> str:
    v = rng.uniform(lo, hi)
    s = f"{v:,.2f}"
    if style == "de":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "fr":
        s = s.replace(",", " ").replace(".", ",")
    return f"{s} {cur}".strip() if cur else s


# ---------------------------------------------------------------- national ids
def es_dni(rng):
    n = rng.randint(1000000, 79999999)
    v = f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    assert es_dni_mod.is_valid(v)
    return v


def es_nie(rng):
    p = rng.choice("XYZ")
    n = digits(rng, 7)
    num = int(str("XYZ".index(p)) + n)
    v = p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[num % 23]
    assert es_nie_mod.is_valid(v)
    return v


def es_nss(rng):
    prov = f"{rng.randint(1, 52):02d}"
    num = f"{rng.randint(10000000, 99999999)}"
    ctl = int(prov + num) % 97
    return f"{prov}/{num}/{ctl:02d}" if rng.random() < 0.6 else f"{prov}{num}{ctl:02d}"


def es_cif(rng):
    while True:
        body = rng.choice("ABBBBBEFGJ") + digits(rng, 7)
        for c in "0123456789":
            if es_cif_mod.is_valid(body + c):
                return body + c


def nl_bsn(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        c = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if c == 10:
            continue
        v = "".join(map(str, d)) + str(c)
        if nl_bsn_mod.is_valid(v):
            return v


def be_nn(rng, d: dt.date, male: bool, fmt=True):
    seq = rng.randint(1, 997)
    if (seq % 2 == 1) != male:
        seq += 1
    base = f"{d:%y%m%d}{seq:03d}"
    num = int(("2" if d.year >= 2000 else "") + base)
    chk = 97 - num % 97
    v = base + f"{chk:02d}"
    assert be_nn_mod.is_valid(v), v
    if fmt:
        return f"{v[0:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:11]}"
    return v


def fr_nir(rng, d: dt.date, male: bool):
    dep = rng.choice(["75", "13", "33", "69", "59", "31", "44", "67", "06", "35", "92", "93"])
    base = f"{1 if male else 2}{d:%y%m}{dep}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = fr_nir_mod.calc_check_digits(base)
    v = base + key
    assert fr_nir_mod.is_valid(v)
    return v


def de_idnr(rng):
    while True:
        ds = [rng.randint(0, 9) for _ in range(10)]
        if ds[0] == 0:
            continue
        counts = sorted((ds.count(x) for x in set(ds)), reverse=True)
        if counts[0] not in (2, 3) or counts[1] != 1:
            continue
        body = "".join(map(str, ds))
        v = body + mod_11_10.calc_check_digit(body)
        if de_idnr_mod.is_valid(v):
            return v


def de_vat(rng):
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 7)
        v = "DE" + body + mod_11_10.calc_check_digit(body)
        if de_vat_mod.is_valid(v):
            return v


def at_vsnr(rng, d: dt.date):
    while True:
        ser = f"{rng.randint(100, 999)}"
        dd = f"{d:%d%m%y}"
        for c in "0123456789":
            v = ser + c + dd
            if at_vnr.is_valid(v):
                return v


def ch_ahv(rng):
    body = "756" + digits(rng, 9)
    v = body + ean.calc_check_digit(body)
    assert ch_ssn_mod.is_valid(v)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def pt_nif(rng, first="123"):
    while True:
        body = rng.choice(first) + digits(rng, 7)
        v = body + pt_nif_mod.calc_check_digit(body)
        if pt_nif_mod.is_valid(v):
            return v


def pt_cc(rng):
    while True:
        v = digits(rng, 8)
        v += str(sum(int(x) * (9 - i) for i, x in enumerate(v)) % 11 % 10)
        # the civil number check digit is part of the body; find the final check
        ver = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase)
        for c in "0123456789":
            cand = f"{v[:8]} {v[8]} {ver}{c}"
            if pt_cc_mod.is_valid(cand):
                return cand
        # try all middle digits if needed
        for m in "0123456789":
            for c in "0123456789":
                cand = f"{v[:8]} {m} {ver}{c}"
                if pt_cc_mod.is_valid(cand):
                    return cand


def pl_pesel(rng, d: dt.date, male: bool):
    mm = d.month + (20 if d.year >= 2000 else 0)
    ser = f"{rng.randint(0, 999):03d}"
    sx = rng.choice("13579" if male else "02468")
    body = f"{d:%y}{mm:02d}{d:%d}{ser}{sx}"
    v = body + pl_pesel_mod.calc_check_digit(body)
    assert pl_pesel_mod.is_valid(v)
    return v


def pl_nip(rng):
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 8)
        w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
        c = sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11
        if c == 10:
            continue
        v = body + str(c)
        if pl_nip_mod.is_valid(v):
            return f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}" if rng.random() < 0.5 else v


def pl_idcard(rng):
    vals = {c: i + 10 for i, c in enumerate(string.ascii_uppercase)}
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    while True:
        letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        rest = digits(rng, 5)
        for c in "0123456789":
            s = letters + c + rest
            tot = sum((vals[ch] if ch.isalpha() else int(ch)) * w[i] for i, ch in enumerate(s))
            if tot % 10 == 0:
                return f"{letters} {c}{rest}" if rng.random() < 0.3 else letters + c + rest


def br_cpf(rng):
    while True:
        body = digits(rng, 9)
        if len(set(body)) == 1:
            continue
        v = body + br_cpf_mod._calc_check_digits(body)
        if br_cpf_mod.is_valid(v):
            return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if rng.random() < 0.7 else v


def us_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def uk_nino(rng):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            continue
        d = digits(rng, 6)
        s = rng.choice("ABCD")
        if rng.random() < 0.5:
            return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
        return p + d + s


def uk_nhs(rng):
    while True:
        body = digits(rng, 9)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        v = body + str(c)
        if gb_nhs_mod.is_valid(v):
            return f"{v[:3]} {v[3:6]} {v[6:]}"


def it_cf(f: Faker):
    while True:
        v = f.ssn()
        if codicefiscale.is_valid(v):
            return v


def mx_curp(f: Faker):
    while True:
        v = f.curp()
        if mx_curp_mod.is_valid(v):
            return v


def iban_for(country: str, rng: random.Random, fmt=True):
    lengths = {
        "DE": 18,
        "AT": 16,
        "CH": 17,
        "BE": 12,
        "NL": None,
        "FR": 23,
        "ES": 20,
        "IT": None,
        "PT": 21,
        "PL": 24,
        "GB": None,
    }
    while True:
        if country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]) + digits(rng, 10)
        elif country == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
        elif country == "IT":
            bban = rng.choice(string.ascii_uppercase) + digits(rng, 10) + digits(rng, 12)
        elif country == "CH":
            bban = digits(rng, 17)
        elif country == "BE":
            b = digits(rng, 10)
            c = int(b) % 97 or 97
            bban = b + f"{c:02d}"
        else:
            bban = digits(rng, lengths[country])
        chk = iban.calc_check_digits(country + "00" + bban) if hasattr(iban, "calc_check_digits") else None
        if chk is None:
            for k in range(2, 99):
                cand = f"{country}{k:02d}{bban}"
                if iban.is_valid(cand):
                    chk = f"{k:02d}"
                    break
        v = f"{country}{chk}{bban}"
        if not iban.is_valid(v):
            continue
        if fmt:
            return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        return v


def card(rng, prefix=None, length=16):
    prefix = prefix or rng.choice(["4", "51", "52", "55", "2221", "4"])
    body = prefix + digits(rng, length - 1 - len(prefix))
    v = body + luhn_digit(body)
    assert luhn_ok(v)
    return v


def not_card(rng, length=16):
    while True:
        v = str(rng.randint(1, 9)) + digits(rng, length - 1)
        if not luhn_ok(v):
            return v


# ---------------------------------------------------------------- technical
def uid(rng) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sha256(rng) -> str:
    return hashlib.sha256(str(rng.random()).encode()).hexdigest()


def md5(rng) -> str:
    return hashlib.md5(str(rng.random()).encode()).hexdigest()


def mac(rng, sep=":"):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    return sep.join(f"{x:02X}" if sep == "-" else f"{x:02x}" for x in b)


def ipv4_public(rng):
    while True:
        a = rng.randint(2, 223)
        if a in (10, 127, 172, 192, 169, 100):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv4_private(rng):
    return rng.choice(
        [
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        ]
    )


def ipv6(rng):
    return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(7))


def code(rng, alphabet=string.ascii_uppercase + string.digits, k=8):
    return "".join(rng.choice(alphabet) for _ in range(k))
