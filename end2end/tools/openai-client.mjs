// Drives Obscura's OpenAI-compatible endpoints with OpenAI's official Node client, unmodified,
// for the server's tests: prints what it got as JSON.
//
//   node tools/openai-client.mjs <base_url> <api key> <model>
import OpenAI, { toFile } from 'openai';

const [baseURL, apiKey, model] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey, maxRetries: 0, timeout: 60_000 });
const out = {};
const models = await client.models.list();
out.models = models.data.map((m) => m.id);
const images = await client.images.generate({ model, prompt: 'a lighthouse at dusk', n: 2, size: 'auto' });
out.magic = images.data.map((d) => Buffer.from(d.b64_json, 'base64').subarray(0, 8).toString('hex'));
out.size = images.size;
const png = Buffer.from(images.data[0].b64_json, 'base64');
const edited = await client.images.edit({
  model,
  image: await toFile(png, 'lighthouse.png', { type: 'image/png' }),
  prompt: 'the same lighthouse in winter',
});
out.edited = edited.data.map((d) => Buffer.from(d.b64_json, 'base64').subarray(0, 8).toString('hex'));
const linked = await client.images.generate({ model: 'gpt-image-1', prompt: 'a red fox', response_format: 'url' });
out.url = linked.data[0].url;
try {
  await client.images.generate({ model, prompt: 'a teapot', size: '9x9' });
} catch (e) {
  out.error = { status: e.status, type: e.type, param: e.param, code: e.code, message: e.message };
}
try {
  await new OpenAI({ baseURL, apiKey: 'obs_0000000000000000_wrong', maxRetries: 0 }).models.list();
} catch (e) {
  out.unauthorised = { status: e.status, type: e.type };
}
process.stdout.write(JSON.stringify(out));
