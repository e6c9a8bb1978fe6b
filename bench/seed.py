"""Seeds a running Obscura for the benchmarks: signs one account up, makes one image with the
offline renderer, copies its generation until the account holds N images, shares one (prompt
shown), and prints "SHARE_ID SESSION_COOKIE".

    python3 bench/seed.py PORT DATABASE_FILE N
"""
import http.client, sqlite3, sys, time, urllib.parse, uuid
port, db, images = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
origin = f"http://127.0.0.1:{port}"

def request(method, path, body=b"", headers=None, cookie=None, text=False):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = dict(headers or {}, Origin=origin)
    if cookie:
        headers["Cookie"] = cookie
    conn.request(method, path, body, headers)
    res = conn.getresponse()
    data = res.read().decode(errors="replace")
    cookies = [v.split(";")[0] for k, v in res.getheaders() if k.lower() == "set-cookie"]
    conn.close()
    return (res.status, cookies, data) if text else (res.status, cookies)

form = {"Content-Type": "application/x-www-form-urlencoded"}
email, password = "bench-share@example.com", "violet harbour lantern 42"
status, jar = request("POST", "/signup", urllib.parse.urlencode({"email": email, "name": "Bench",
    "language": "en", "password": password, "age_confirmed": "on"}), form)
assert status == 303, status
jar = "; ".join(jar)
# Confirm the address with the emailed link (development mode keeps mail at /dev/outbox), as a
# person would: open it, then press its button (unconfirmed addresses cannot sign in).
import html as htmlmod, re
link = None
for _ in range(100):
    _, _, outbox = request("GET", "/dev/outbox", text=True)
    found = re.search(r'href="(http[^"]+)"', outbox)
    if found:
        link = htmlmod.unescape(found.group(1))
        break
    time.sleep(0.1)
assert link, "no confirmation mail"
_, _, landing = request("GET", link[link.index("/", len("http://")):], cookie=jar, text=True)
found = re.search(r'<form[^>]*action="([^"]+)"[^>]*>\s*<input[^>]*name="token"[^>]*value="([^"]*)"', landing)
status, cookies = request("POST", htmlmod.unescape(found.group(1)),
    urllib.parse.urlencode([("token", htmlmod.unescape(found.group(2)))]), form, jar)
assert status == 303, status
cookie = next(c for c in cookies if "obscura_session=" in c)
boundary = uuid.uuid4().hex
body = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
               for k, v in {"prompt": "a quiet harbour at dawn", "size": "1024x1024", "count": "1"}.items())
body += f"--{boundary}--\r\n"
status, _ = request("POST", "/create", body.encode(),
                    {"Content-Type": f"multipart/form-data; boundary={boundary}"}, cookie)
assert status == 303, status
con = sqlite3.connect(db, timeout=30)
for _ in range(600):
    row = con.execute("SELECT status FROM generations").fetchone()
    if row and row[0] in ("succeeded", "failed"):
        break
    time.sleep(0.1)
assert row[0] == "succeeded", row
print(f"copying the generation to {images} images…", file=sys.stderr)
gen = con.execute("SELECT * FROM generations").fetchone()
gcols = [d[0] for d in con.execute("SELECT * FROM generations").description]
img = con.execute("SELECT * FROM generation_images").fetchone()
icols = [d[0] for d in con.execute("SELECT * FROM generation_images").description]
for i in range(1, images):
    g = dict(zip(gcols, gen)); m = dict(zip(icols, img))
    g["id"] = uuid.uuid4().bytes; g["prompt"] = f"a quiet harbour at dawn, take {i}"
    g["created_at"] = f"2026-01-01T00:{(i // 60) % 60:02d}:{i % 60:02d}.{i:06d}+00:00"
    m["id"] = uuid.uuid4().bytes; m["generation_id"] = g["id"]
    con.execute(f"INSERT INTO generations ({','.join(gcols)}) VALUES ({','.join('?' * len(gcols))})", [g[c] for c in gcols])
    con.execute(f"INSERT INTO generation_images ({','.join(icols)}) VALUES ({','.join('?' * len(icols))})", [m[c] for c in icols])
con.commit()
image = str(uuid.UUID(bytes=img[0]))
status, _ = request("POST", "/gallery/share", urllib.parse.urlencode({"image": image, "show_prompt": "1"}), form, cookie)
assert status == 303, status
share = con.execute("SELECT id FROM shares").fetchone()[0]
print(share, cookie)
