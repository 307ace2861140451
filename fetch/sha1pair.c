/*
 * sha1pair: the two SHA-1 digests of a WARC response, computed together.
 *
 * WARC-Block-Digest covers the HTTP head and the payload, WARC-Payload-Digest
 * the payload alone, so every payload byte is hashed twice; at fetch speed
 * that was the largest single cost of writing a WARC. One SHA-1 stream is
 * latency-bound even with the x86 SHA extensions (every sha1rnds4 waits for
 * the one before it), so here the two streams run in lockstep, one 64-byte
 * block of each per step: their dependency chains are independent and the
 * core overlaps them, so both digests cost little more than one.
 *
 * Alignment: the block stream is head || payload, the payload stream is the
 * payload. The head's whole blocks are hashed alone, then one block mixing
 * the head's tail with the payload's first bytes; after that the block
 * stream reads the payload at a fixed offset and both streams take whole
 * blocks straight from the caller's memory until the shorter one runs out.
 * Tails and padding go through a small stack buffer.
 *
 * Without the SHA extensions (or off x86) it falls back to OpenSSL, twice.
 * The CPU check is done once by the caller (sha1pair_hw) and passed in, so
 * there is no hidden global state.
 */
#include "fetch/fetch_internal.h"

#include <string.h>

#include "common/hash.h"

#if defined(__x86_64__) || defined(__i386__)
#define SHA1PAIR_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

int sha1pair_hw(void)
{
#ifdef SHA1PAIR_X86
	unsigned a, b, c, d;
	if (!__get_cpuid(1, &a, &b, &c, &d))
		return 0;
	int ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
	if (__get_cpuid_max(0, NULL) < 7)
		return 0;
	__cpuid_count(7, 0, a, b, c, d);
	return ssse3 && sse41 && ((b >> 29) & 1);
#else
	return 0;
#endif
}

static void put_be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

#ifdef SHA1PAIR_X86

#define SHA_TARGET __attribute__((target("sha,sse4.1,ssse3")))

/* Message words of block p, group i (4 words), as the SHA instructions want
 * them: big-endian words, the first one in the top lane. */
#define LOADW(p, i) _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)((p) + 16 * (i))), bswap)

/* Four rounds. L names the lane (its variables are L##abcd, L##e, ...). The
 * first group adds the saved E; later ones derive E from the state four
 * rounds back (sha1nexte). */
#define G_FIRST(L)                                                    \
	do {                                                          \
		L##ein = _mm_add_epi32(L##e, L##w0);                  \
		L##prev = L##abcd;                                    \
		L##abcd = _mm_sha1rnds4_epu32(L##abcd, L##ein, 0);    \
	} while (0)
#define G_NEXT(L, W, F)                                               \
	do {                                                          \
		L##ein = _mm_sha1nexte_epu32(L##prev, L##W);          \
		L##prev = L##abcd;                                    \
		L##abcd = _mm_sha1rnds4_epu32(L##abcd, L##ein, F);    \
	} while (0)
/* Expand the schedule: the oldest of the four word groups (A) becomes the
 * next one from A, B, C, D (W[t] from W[t-16], W[t-14], W[t-8], W[t-3]). */
#define G_SCHED(L, A, B, C, D, F)                                                         \
	do {                                                                              \
		L##A = _mm_sha1msg2_epu32(                                                \
			_mm_xor_si128(_mm_sha1msg1_epu32(L##A, L##B), L##C), L##D);       \
		G_NEXT(L, A, F);                                                          \
	} while (0)

#define BLOCK_BEGIN(L, p)                                             \
	do {                                                          \
		L##w0 = LOADW(p, 0);                                  \
		L##w1 = LOADW(p, 1);                                  \
		L##w2 = LOADW(p, 2);                                  \
		L##w3 = LOADW(p, 3);                                  \
		L##as = L##abcd;                                      \
		L##es = L##e;                                         \
	} while (0)
#define BLOCK_END(L)                                                  \
	do {                                                          \
		L##e = _mm_sha1nexte_epu32(L##prev, L##es);           \
		L##abcd = _mm_add_epi32(L##abcd, L##as);              \
	} while (0)

/* Groups 0..19 (80 rounds); the function constant changes every 5 groups.
 * Written out because sha1rnds4 takes its function as an immediate. */
#define ROUNDS_0_3(L)  G_FIRST(L); G_NEXT(L, w1, 0); G_NEXT(L, w2, 0); G_NEXT(L, w3, 0)
#define ROUNDS_4_7(L)  G_SCHED(L, w0, w1, w2, w3, 0); G_SCHED(L, w1, w2, w3, w0, 1); \
		       G_SCHED(L, w2, w3, w0, w1, 1); G_SCHED(L, w3, w0, w1, w2, 1)
#define ROUNDS_8_11(L) G_SCHED(L, w0, w1, w2, w3, 1); G_SCHED(L, w1, w2, w3, w0, 1); \
		       G_SCHED(L, w2, w3, w0, w1, 2); G_SCHED(L, w3, w0, w1, w2, 2)
#define ROUNDS_12_15(L) G_SCHED(L, w0, w1, w2, w3, 2); G_SCHED(L, w1, w2, w3, w0, 2); \
			G_SCHED(L, w2, w3, w0, w1, 2); G_SCHED(L, w3, w0, w1, w2, 3)
#define ROUNDS_16_19(L) G_SCHED(L, w0, w1, w2, w3, 3); G_SCHED(L, w1, w2, w3, w0, 3); \
			G_SCHED(L, w2, w3, w0, w1, 3); G_SCHED(L, w3, w0, w1, w2, 3)

#define LANE_VARS(L) __m128i L##abcd, L##e, L##ein, L##prev, L##as, L##es, L##w0, L##w1, L##w2, L##w3

#define LANE_LOAD(L, h)                                                                   \
	do {                                                                              \
		L##abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)(const void *)(h)), 0x1B); \
		L##e = _mm_set_epi32((int)(h)[4], 0, 0, 0);                               \
	} while (0)
#define LANE_STORE(L, h)                                                                  \
	do {                                                                              \
		_mm_storeu_si128((__m128i *)(void *)(h), _mm_shuffle_epi32(L##abcd, 0x1B)); \
		(h)[4] = (uint32_t)_mm_extract_epi32(L##e, 3);                            \
	} while (0)

SHA_TARGET static void sha1_ni_1(uint32_t h[5], const unsigned char *p, size_t nblocks)
{
	const __m128i bswap = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
	LANE_VARS(a_);
	LANE_LOAD(a_, h);
	for (; nblocks; nblocks--, p += 64) {
		BLOCK_BEGIN(a_, p);
		ROUNDS_0_3(a_);
		ROUNDS_4_7(a_);
		ROUNDS_8_11(a_);
		ROUNDS_12_15(a_);
		ROUNDS_16_19(a_);
		BLOCK_END(a_);
	}
	LANE_STORE(a_, h);
}

/* Two independent streams, one block of each per step. */
SHA_TARGET static void sha1_ni_2(uint32_t ha[5], const unsigned char *pa, uint32_t hb[5],
				 const unsigned char *pb, size_t nblocks)
{
	const __m128i bswap = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
	LANE_VARS(a_);
	LANE_VARS(b_);
	LANE_LOAD(a_, ha);
	LANE_LOAD(b_, hb);
	for (; nblocks; nblocks--, pa += 64, pb += 64) {
		BLOCK_BEGIN(a_, pa);
		BLOCK_BEGIN(b_, pb);
		ROUNDS_0_3(a_);
		ROUNDS_0_3(b_);
		ROUNDS_4_7(a_);
		ROUNDS_4_7(b_);
		ROUNDS_8_11(a_);
		ROUNDS_8_11(b_);
		ROUNDS_12_15(a_);
		ROUNDS_12_15(b_);
		ROUNDS_16_19(a_);
		ROUNDS_16_19(b_);
		BLOCK_END(a_);
		BLOCK_END(b_);
	}
	LANE_STORE(a_, ha);
	LANE_STORE(b_, hb);
}

/* Hash the last tlen (< 64 + 64) bytes with padding for a message of total bytes. */
static void sha1_ni_final(uint32_t h[5], const unsigned char *tail, size_t tlen, uint64_t total,
			  unsigned char out[20])
{
	unsigned char blk[192];
	size_t whole = tlen / 64;
	if (whole) {
		sha1_ni_1(h, tail, whole);
		tail += whole * 64;
		tlen -= whole * 64;
	}
	memset(blk, 0, sizeof blk);
	memcpy(blk, tail, tlen);
	blk[tlen] = 0x80;
	size_t n = tlen + 1 + 8 <= 64 ? 64 : 128;
	uint64_t bits = total * 8;
	put_be32(blk + n - 8, (uint32_t)(bits >> 32));
	put_be32(blk + n - 4, (uint32_t)bits);
	sha1_ni_1(h, blk, n / 64);
	for (int i = 0; i < 5; i++)
		put_be32(out + 4 * i, h[i]);
}

static void sha1pair_ni(const unsigned char *head, size_t hl, const unsigned char *body, size_t bl,
			unsigned char block_out[20], unsigned char payload_out[20])
{
	static const uint32_t iv[5] = { 0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u,
					0xC3D2E1F0u };
	uint32_t ha[5], hb[5];
	memcpy(ha, iv, sizeof ha);
	memcpy(hb, iv, sizeof hb);
	uint64_t total_a = (uint64_t)hl + bl;

	/* the block stream: the head's whole blocks, then the seam */
	sha1_ni_1(ha, head, hl / 64);
	size_t rem = hl % 64, off = 0;
	if (rem) {
		unsigned char seam[64];
		memcpy(seam, head + hl - rem, rem);
		size_t take = 64 - rem;
		if (take > bl) {   /* head and payload end inside this block */
			memcpy(seam + rem, body, bl);
			sha1_ni_final(ha, seam, rem + bl, total_a, block_out);
			sha1_ni_final(hb, body, bl, bl, payload_out);
			return;
		}
		memcpy(seam + rem, body, take);
		sha1_ni_1(ha, seam, 1);
		off = take;
	}
	/* lockstep over the payload: the block stream is `off` bytes ahead */
	size_t both = (bl - off) / 64;
	sha1_ni_2(ha, body + off, hb, body, both);
	size_t pa = off + both * 64, pb = both * 64;
	sha1_ni_final(ha, body + pa, bl - pa, total_a, block_out);
	sha1_ni_final(hb, body + pb, bl - pb, bl, payload_out);
}

#endif /* SHA1PAIR_X86 */

void sha1pair(int hw, const void *head, size_t head_len, const void *body, size_t body_len,
	      unsigned char block_out[20], unsigned char payload_out[20])
{
	if (!head)
		head_len = 0;
	if (!body)
		body_len = 0;
	static const unsigned char none[1] = { 0 };
	const unsigned char *h = head_len ? head : none, *b = body_len ? body : none;
#ifdef SHA1PAIR_X86
	if (hw) {
		sha1pair_ni(h, head_len, b, body_len, block_out, payload_out);
		return;
	}
#else
	(void)hw;
#endif
	hash_ctx *c = hash_sha1_new();
	hash_update(c, h, head_len);
	hash_update(c, b, body_len);
	hash_final(c, block_out);
	hash_sha1(b, body_len, payload_out);
}
