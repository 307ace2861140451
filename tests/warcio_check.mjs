// Independent WARC check with the warcio npm package (webrecorder's
// warcio.js), run by tests/warcio_check.sh.
//
//   node warcio_check.mjs read FILE    one JSON line per record: type, uri, id,
//                                      status, payload length, whether
//                                      WARC-Payload-Digest matches the raw
//                                      payload warcio read (digest_ok) and
//                                      whether WARC-Block-Digest matches the
//                                      whole block (block_ok; a second pass
//                                      with HTTP parsing off)
//   node warcio_check.mjs write FILE   write a small gzip WARC with warcio
//                                      (the fixture pith's reader is tested on)
//
// WARCIO_DIR names the folder whose node_modules holds warcio.
import fs from "fs";
import path from "path";
import crypto from "crypto";
import zlib from "zlib";
import { pathToFileURL } from "url";

const dir = process.env.WARCIO_DIR || "build/warcio-node";
const warcio = await import(pathToFileURL(path.resolve(dir, "node_modules/warcio/dist/index.js")).href);
const { WARCParser, WARCRecord, WARCSerializer } = warcio;

function base32(bytes) {
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0, value = 0, out = "";
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += A[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += A[(value << (5 - bits)) & 31];
  while (out.length % 8) out += "=";
  return out;
}

// Does a "sha1:BASE32" (or hex) digest header match these bytes?
function digestMatches(want, bytes) {
  const [alg, value] = want.split(/:(.*)/s);
  const algo = alg.toLowerCase().replace("-", "");
  const d = crypto.createHash(algo).update(bytes).digest();
  const v = value.replace(/=+$/, "").toUpperCase();
  return base32(d).replace(/=+$/, "") === v || d.toString("hex").toUpperCase() === v;
}

async function read(file) {
  // first pass without HTTP parsing: the whole block, for WARC-Block-Digest
  const blocks = [];
  for await (const record of new WARCParser(fs.createReadStream(file), { parseHttp: false })) {
    const block = await record.readFully(false);
    const want = record.warcHeader("WARC-Block-Digest");
    blocks.push({ ok: want ? digestMatches(want, block) : null, length: block.length });
  }
  const parser = new WARCParser(fs.createReadStream(file));
  let i = 0;
  for await (const record of parser) {
    const raw = await record.readFully(false);
    const want = record.warcHeader("WARC-Payload-Digest");
    const digestOk = want ? digestMatches(want, raw) : null;
    const blk = blocks[i++] || { ok: false, length: -1 };
    console.log(JSON.stringify({
      type: record.warcType,
      uri: record.warcTargetURI || null,
      id: record.warcHeader("WARC-Record-ID"),
      concurrent: record.warcHeader("WARC-Concurrent-To") || null,
      status: record.warcType === "response" && record.httpHeaders ? Number(record.httpHeaders.statusCode) : null,
      length: raw.length,
      digest_ok: digestOk,
      block_ok: blk.ok,
      block_length: blk.length,
      content_length: Number(record.warcHeader("Content-Length")),
      ip: record.warcHeader("WARC-IP-Address") || null,
      date: record.warcHeader("WARC-Date") || null,
    }));
  }
  if (i !== blocks.length) {
    console.error(`warcio_check: ${blocks.length} records without HTTP parsing, ${i} with`);
    process.exit(1);
  }
}

async function write(file) {
  const warcVersion = "WARC/1.0";
  const out = [];
  const info = await WARCRecord.createWARCInfo({ filename: path.basename(file), warcVersion },
    { software: "warcio.js fixture" });
  out.push(await WARCSerializer.serialize(info, { gzip: true }));
  // a chunked, gzip-encoded body stored as it came off the wire
  const body = zlib.gzipSync(Buffer.from("<html><body><p>warcio fixture body</p></body></html>"));
  const chunked = Buffer.concat([Buffer.from(body.length.toString(16) + "\r\n"), body, Buffer.from("\r\n0\r\n\r\n")]);
  async function* content() { yield new Uint8Array(chunked); }
  const rec = await WARCRecord.create({
    url: "http://fixture.example/page", date: "2024-01-02T03:04:05Z", type: "response", warcVersion,
    httpHeaders: { "Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip",
                   "Transfer-Encoding": "chunked" },
  }, content());
  out.push(await WARCSerializer.serialize(rec, { gzip: true }));
  async function* req() { yield new Uint8Array(0); }
  const rq = await WARCRecord.create({
    url: "http://fixture.example/page", date: "2024-01-02T03:04:05Z", type: "request", warcVersion,
    httpHeaders: { "Host": "fixture.example" },
  }, req());
  out.push(await WARCSerializer.serialize(rq, { gzip: true }));
  fs.writeFileSync(file, Buffer.concat(out.map((a) => Buffer.from(a))));
}

const [mode, file] = process.argv.slice(2);
if (mode === "read") await read(file);
else if (mode === "write") await write(file);
else { console.error("usage: warcio_check.mjs read|write FILE"); process.exit(2); }
