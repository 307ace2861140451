/*
 * hash: digests through OpenSSL's libcrypto (sha1, sha256) and libxxhash
 * (xxh64 / xxh3 for fast non-cryptographic hashing), plus hex and RFC 4648
 * base32 encodings (WARC digests are "sha1:" + base32).
 */
#ifndef PITH_HASH_H
#define PITH_HASH_H

#include <stddef.h>
#include <stdint.h>

void hash_sha1(const void *p, size_t n, unsigned char out[20]);
void hash_sha256(const void *p, size_t n, unsigned char out[32]);
/* hex: out must hold 2*n+1 bytes; base32: ((n+4)/5)*8+1 bytes */
void hash_hex(const unsigned char *in, size_t n, char *out);
void hash_base32(const unsigned char *in, size_t n, char *out);
/* convenience: lowercase hex sha1/sha256 of a byte string */
void hash_sha1_hex(const void *p, size_t n, char out[41]);
void hash_sha256_hex(const void *p, size_t n, char out[65]);
uint64_t hash_xxh64(const void *p, size_t n, uint64_t seed);
uint64_t hash_xxh3(const void *p, size_t n);

/* Incremental sha1/sha256 (for streaming WARC blocks and shards). */
typedef struct hash_ctx hash_ctx;
hash_ctx *hash_sha1_new(void);
hash_ctx *hash_sha256_new(void);
void hash_update(hash_ctx *c, const void *p, size_t n);
/* writes the digest (20 or 32 bytes), returns its length, frees c */
size_t hash_final(hash_ctx *c, unsigned char *out);

#endif
