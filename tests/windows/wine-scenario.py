#!/usr/bin/env python3
# The core on Windows: drives `wine tandem-cli.exe` through a whole scenario (synthetic data) and checks every answer; run by ./dev check_windows.
"""Usage: wine-scenario.py TEST_DIR

TEST_DIR holds tandem-cli.exe (and, under Wine 8 only, the test-only bcryptprimitives.dll shim).
WINEPREFIX must be set; every path the program sees is a Windows path in that prefix, with
spaces and non-ASCII letters. Exits non-zero on the first check that fails."""

import base64
import json
import os
import shutil
import struct
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

TEST_DIR = Path(sys.argv[1]).resolve()
EXE = TEST_DIR / "tandem-cli.exe"
PREFIX = Path(os.environ["WINEPREFIX"])
PASS = "wine passphrase 2026"
USER_HOME = "C:\\users\\Zoë Peeters"
VAULT = USER_HOME + "\\Documents\\Tandem"
STEPS = []


def unix(win_path):
    """The Linux path of a C:\\ path of the prefix."""
    assert win_path[:3].upper() == "C:\\", win_path
    return PREFIX / "drive_c" / win_path[3:].replace("\\", "/")


def env(extra=None):
    e = dict(os.environ)
    e.update({"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "WINEDEBUG": "-all",
              "WINEDLLOVERRIDES": "mscoree,mshtml=", "TANDEM_PASSPHRASE": PASS})
    for k in ("TANDEM_VAULT", "TANDEM_DOCUMENTS", "TANDEM_RECOVERY_CODE", "DISPLAY"):
        e.pop(k, None)
    e.update(extra or {})
    return e


def cli(*args, vault=VAULT, stdin=None, extra=None, expect=0):
    cmd = ["wine", str(EXE)] + (["--vault", vault] if vault else []) + list(args)
    t0 = time.monotonic()
    p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, encoding="utf-8",
                       env=env(extra), timeout=300, cwd=TEST_DIR)
    took = time.monotonic() - t0
    if expect is not None and p.returncode != expect:
        fail(f"{' '.join(args[:2])}: exit {p.returncode}, wanted {expect}\n"
             f"stdout: {p.stdout}\nstderr: {p.stderr[-2000:]}")
    print(f"    wine tandem-cli {' '.join(a if len(a) < 60 else a[:57] + '...' for a in args)}"
          f"  ({took:.1f}s, exit {p.returncode})", flush=True)
    return p


def call(command, args, **kw):
    p = cli("call", command, json.dumps(args), **kw)
    return json.loads(p.stdout)


def fail(msg):
    print(f"FAILED: {msg}", file=sys.stderr, flush=True)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)
    STEPS.append(msg)
    print(f"  ok  {msg}", flush=True)


def png_base64():
    """A small drawn signature (RGBA), made here: synthetic."""
    w, h = 90, 30
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            on = abs(y - (h // 2 + int(8 * __import__("math").sin(x / 7)))) < 1
            row += bytes([10, 20, 80, 255]) if on else bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))
    return base64.b64encode(png).decode()


class Batch:
    """`tandem-cli call -` kept open: one command a line in, one answer a line out."""

    def __init__(self, vault):
        self.p = subprocess.Popen(["wine", str(EXE), "--vault", vault, "call", "-"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, encoding="utf-8",
                                  env=env(), cwd=TEST_DIR)

    def __call__(self, command, args):
        self.p.stdin.write(json.dumps({"command": command, "args": args}) + "\n")
        self.p.stdin.flush()
        result = {}
        reader = threading.Thread(target=lambda: result.update(line=self.p.stdout.readline()))
        reader.start()
        reader.join(120)
        line = result.get("line")
        if not line:
            fail(f"{command}: no answer from the batch; stderr: {self.p.stderr.read()[-2000:]}")
        answer = json.loads(line)
        if "error" in answer:
            fail(f"{command} {json.dumps(args)[:200]}: {answer['error']}")
        return answer["ok"]

    def close(self):
        self.p.stdin.close()
        code = self.p.wait(120)
        check(code == 0, f"the batch ended cleanly (exit {code})")


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def main():
    check(EXE.is_file(), f"{EXE} is there")
    shutil.rmtree(unix(USER_HOME), ignore_errors=True)
    unix(USER_HOME + "\\Documents").mkdir(parents=True, exist_ok=True)

    # init, in a folder whose path has a space and a non-ASCII letter.
    p = cli("init", "--worker", "Zoë Peeters", "--ocmw", "OCMW Synthetica",
            "--ocmw-address", "Dorpsplein 1, 9999 Nergensdorp", "--language", "en")
    check("RECOVERY CODE" in p.stdout, "init printed the recovery code")
    check((unix(VAULT) / "tandem.db").is_file() and (unix(VAULT) / "keyslots.json").is_file(),
          "init wrote the vault under C:\\users\\Zoë Peeters\\Documents\\Tandem")

    # One process keeps the vault open for the whole file: the single-instance lock holds.
    b = Batch(VAULT)
    # The profile that a decision letter needs (labour court, deciding body, signatories).
    b("profile.set", {"worker_name": "Zoë Peeters", "ocmw_name": "OCMW Synthetica",
                      "ocmw_address": "Dorpsplein 1, 9999 Nergensdorp", "ocmw_email": "",
                      "ocmw_phone": "", "ocmw_hours": "", "language": "en",
                      "labour_court_address": "Arbeidsrechtbank, Gerechtsstraat 2, 9999 Nergensdorp",
                      "deciding_body": "bcsd", "deciding_body_name": "",
                      "signatory_1_name": "Alex Voorzitter", "signatory_1_role": "chair",
                      "signatory_2_name": "Sam Directeur", "signatory_2_role": "general_director",
                      "payment_frequency": "monthly"})
    person = b("person.create", {"display_name": "Zoë Dupré", "first_name": "Zoë",
                                 "last_name": "Dupré", "birth_date": "1990-04-01",
                                 "address": "Kerkstraat 3, 9999 Nergensdorp"})["id"]
    b("person.create", {"display_name": "Jan Janssens"})
    found = b("person.search", {"query": "dupre"})
    check(found["total"] == 1, "an accent-blind search finds Zoë Dupré")
    other = cli("call", "person.search", "{}", expect=1)
    check(json.loads(other.stdout)["code"] == "vault-in-use",
          "a second tandem-cli is refused while the first holds the vault (vault-in-use)")

    # A request to its decision, its social report read together and signed by both.
    req = b("request.create", {"person_id": person, "received_on": "2025-03-03"})["id"]
    for c in ("residence", "age", "nationality", "resources", "work_readiness", "other_benefits"):
        b("condition.set", {"request_id": req, "condition": c, "finding": "met",
                            "explanation": f"Checked on Windows: {c}."})
    b("resource.add", {"request_id": req, "kind": "wages", "whose": "applicant",
                       "amount_cents": 50000, "period": "month"})
    view = b("category.set", {"request_id": req, "category": "single",
                              "reason": "Lives alone."})
    check("1002041" in json.dumps(view),
          "the calculation on Windows: €10,020.41 a year")
    b("decision.record", {"request_id": req, "decided_on": "2025-03-25", "outcome": "granted",
                          "category": "single", "yearly_cents": 1002041,
                          "start_on": "2025-03-03", "grounds": "All six conditions met.",
                          "notified_on": "2025-03-27", "notified_how": "registered_letter",
                          "letter_sent_on": "2025-03-26"})
    rep = b("report.compose", {"request_id": req,
                               "proposal": "I propose to grant the leefloon (Windows run)."})["report_id"]
    b("report.read_together", {"report_id": rep})
    b("report.remarks", {"report_id": rep, "text": "Zoë agrees with the report."})
    sig = png_base64()
    for signer in ("worker", "person"):
        b("report.sign", {"report_id": rep, "signer": signer, "png_base64": sig})
    b.close()
    check(True, "request to decision, report composed, read together, signed by both")

    # The signed report and the decision letter as PDF, into a folder with a space and ë.
    out = VAULT + "\\Verslag van Zoë.pdf"
    cli("document", "report", "--id", str(rep), "--out", out)
    text = pdf_text(unix(out))
    check("I propose to grant the leefloon (Windows run)." in text and "Zoë agrees" in text,
          "the signed report PDF reads back with its proposal and the person's remarks")
    images = subprocess.run(["pdfimages", "-list", str(unix(out))], capture_output=True,
                            text=True).stdout.strip().splitlines()
    check(len(images) >= 4, "the report PDF carries the two drawn signatures")
    cli("document", "decision", "--id", str(req), "--out", VAULT + "\\Beslissing.pdf")
    letter = pdf_text(unix(VAULT + "\\Beslissing.pdf"))
    check("10,020.41" in letter or "10.020,41" in letter,
          "the decision letter PDF names the yearly amount")

    # document.save without TANDEM_DOCUMENTS: the Documents folder from the directories crate.
    saved = call("document.save", {"kind": "report", "id": rep, "lang": "nl"})
    check("\\Documents\\Tandem\\" in saved["path"] or "\\My Documents\\Tandem\\" in saved["path"],
          f"document.save wrote into the user's Documents\\Tandem ({saved['path']})")
    linux = subprocess.run(["winepath", "-u", saved["path"]], capture_output=True, text=True,
                           env=env()).stdout.strip()
    check(Path(linux).is_file() and Path(linux).read_bytes().startswith(b"%PDF"),
          "the saved document is a PDF where Windows said")

    # The person's export (PDF and JSON) into a folder.
    export_dir = USER_HOME + "\\Export Zoë"
    unix(export_dir).mkdir(parents=True, exist_ok=True)
    r = json.loads(cli("document", "export", "--id", str(person), "--out", export_dir).stdout)
    exported = json.loads(unix(r["json"]).read_text(encoding="utf-8"))
    check(exported["file"]["person"][0]["display_name"] == "Zoë Dupré",
          "the person's export JSON has their file, non-ASCII intact")
    check(unix(r["pdf"]).read_bytes().startswith(b"%PDF"), "the person's export PDF is written")

    # A backup, twice to the same file (replaced on Windows), then restored elsewhere.
    backups = USER_HOME + "\\USB stick"
    unix(backups).mkdir(parents=True, exist_ok=True)
    backup = backups + "\\tandem backup.tandem"
    cli("backup", "--out", backup)
    first = unix(backup).stat().st_size
    cli("call", "person.create", json.dumps({"display_name": "After Backup"}))
    cli("backup", "--out", backup)
    check(unix(backup).is_file() and first > 0, "a backup written, then another over the same file")
    restored = USER_HOME + "\\Hersteld"
    r = json.loads(cli("restore", "--from", backup, vault=restored).stdout)
    found = call("person.search", {"query": ""}, vault=restored)
    check(found["total"] == 3 and r["previous_kept_in"] is None,
          "restored into another folder: 3 persons, 'After Backup' too (the second backup "
          "replaced the first file)")
    # Restored again over the vault just restored (as the window does): the replaced vault
    # is moved aside while this very process has had it open.
    r = call("backup.restore", {"path": backup, "passphrase": PASS, "current_passphrase": PASS},
             vault=restored)
    kept = r.get("previous_kept_in")
    check(kept and unix(kept).is_dir(), f"a restore over a vault keeps the replaced one aside ({kept})")
    check(call("person.search", {}, vault=restored)["total"] == 3, "and the restored vault opens")

    for v in (VAULT, restored):
        r = json.loads(cli("verify", vault=v).stdout)
        check(r["ok"] is True, f"verify: the audit chain and the database are intact in {v}")

    # The default vault folder (no --vault, no TANDEM_VAULT): the directories crate's AppData.
    roaming = PREFIX / "drive_c" / "users"
    for old in roaming.glob("*/AppData/Roaming/Tandem"):
        shutil.rmtree(old)
    cli("init", "--worker", "Default Folder", "--ocmw", "OCMW Synthetica", vault=None)
    made = list(roaming.glob("*/AppData/Roaming/Tandem/**/keyslots.json"))
    check(len(made) == 1, f"without --vault the vault goes to %APPDATA%\\Tandem ({made})")
    check(call("person.search", {}, vault=None)["total"] == 0, "the default vault opens")

    # A short benchmark.
    p = cli("bench", "--persons", "200", vault=None)
    figures = [line.split() for line in p.stdout.splitlines() if line.strip()]
    check(len(figures) >= 3 and all(len(f) >= 2 for f in figures),
          f"bench printed its figures ({len(figures)} lines)")
    print(p.stdout, flush=True)

    print(f"{len(STEPS)} passed, 0 failed: the core under Wine", flush=True)


if __name__ == "__main__":
    main()
