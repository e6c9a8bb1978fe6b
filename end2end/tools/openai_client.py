"""Drives Obscura's OpenAI-compatible endpoints with OpenAI's official Python client, unmodified,
for the server's tests: prints what it got as JSON.

    python3 tools/openai_client.py <base_url> <api key> <model>
"""

import base64
import json
import sys

from openai import APIStatusError, OpenAI

base_url, api_key, model = sys.argv[1:4]
client = OpenAI(base_url=base_url, api_key=api_key, max_retries=0, timeout=60)
out = {"models": [m.id for m in client.models.list().data]}
images = client.images.generate(model=model, prompt="a lighthouse at dusk", n=1)
out["magic"] = [base64.b64decode(d.b64_json)[:8].hex() for d in images.data]
png = base64.b64decode(images.data[0].b64_json)
edited = client.images.edit(
    model=model, image=("lighthouse.png", png, "image/png"), prompt="the same lighthouse at night"
)
out["edited"] = [base64.b64decode(d.b64_json)[:8].hex() for d in edited.data]
try:
    client.images.generate(model=model, prompt="a teapot", n=9)
except APIStatusError as e:
    out["error"] = {"status": e.status_code, "param": (e.body or {}).get("param")}
print(json.dumps(out))
