/*
 * Thin wrappers over libcrypto's EVP digests and libxxhash. EVP contexts are
 * per call, so everything here is thread-safe.
 */
#include "common/hash.h"

#include <openssl/evp.h>
#include <stdlib.h>
#include <xxhash.h>

struct hash_ctx {
	EVP_MD_CTX *md;
};

static void hash_digest(const EVP_MD *md, const void *p, size_t n, unsigned char *out)
{
	unsigned int len = 0;
	EVP_Digest(p, n, out, &len, md, NULL);
}

void hash_sha1(const void *p, size_t n, unsigned char out[20])
{
	hash_digest(EVP_sha1(), p, n, out);
}

void hash_sha256(const void *p, size_t n, unsigned char out[32])
{
	hash_digest(EVP_sha256(), p, n, out);
}

void hash_hex(const unsigned char *in, size_t n, char *out)
{
	static const char hex[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = hex[in[i] >> 4];
		out[2 * i + 1] = hex[in[i] & 15];
	}
	out[2 * n] = 0;
}

void hash_base32(const unsigned char *in, size_t n, char *out)
{
	static const char alpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
	size_t o = 0;
	uint32_t acc = 0;
	int bits = 0;
	for (size_t i = 0; i < n; i++) {
		acc = (acc << 8) | in[i];
		bits += 8;
		while (bits >= 5) {
			out[o++] = alpha[(acc >> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0)
		out[o++] = alpha[(acc << (5 - bits)) & 31];
	while (o % 8)
		out[o++] = '=';
	out[o] = 0;
}

void hash_sha1_hex(const void *p, size_t n, char out[41])
{
	unsigned char d[20];
	hash_sha1(p, n, d);
	hash_hex(d, 20, out);
}

void hash_sha256_hex(const void *p, size_t n, char out[65])
{
	unsigned char d[32];
	hash_sha256(p, n, d);
	hash_hex(d, 32, out);
}

uint64_t hash_xxh64(const void *p, size_t n, uint64_t seed)
{
	return XXH64(p, n, seed);
}

uint64_t hash_xxh3(const void *p, size_t n)
{
	return XXH3_64bits(p, n);
}

static hash_ctx *hash_new(const EVP_MD *md)
{
	hash_ctx *c = malloc(sizeof(*c));
	if (!c)
		abort();
	c->md = EVP_MD_CTX_new();
	if (!c->md)
		abort();
	EVP_DigestInit_ex(c->md, md, NULL);
	return c;
}

hash_ctx *hash_sha1_new(void) { return hash_new(EVP_sha1()); }
hash_ctx *hash_sha256_new(void) { return hash_new(EVP_sha256()); }

void hash_update(hash_ctx *c, const void *p, size_t n)
{
	EVP_DigestUpdate(c->md, p, n);
}

size_t hash_final(hash_ctx *c, unsigned char *out)
{
	unsigned int len = 0;
	EVP_DigestFinal_ex(c->md, out, &len);
	EVP_MD_CTX_free(c->md);
	free(c);
	return len;
}
