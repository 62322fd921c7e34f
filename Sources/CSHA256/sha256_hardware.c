// SHA-256 block compression with the SHA-NI instructions (sha256rnds2, sha256msg1/2).
//
// The eight state words are kept as two vectors, (a, b, e, f) and (c, d, g, h), the order
// sha256rnds2 works on. Each group of four rounds adds four schedule words and their round
// constants; sha256rnds2 does two rounds with the low half, then two with the high half.
// The schedule is kept as the last four groups of words:
//   W[g] = msg2(msg1(W[g-4], W[g-3]) + (W[g-2], W[g-1] shifted by one word), W[g-1]),
// which is FIPS 180-4's  W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16], four at a time.
#include "CSHA256.h"

// The 64 round constants (FIPS 180-4, 4.2.2), also read by the Swift computation.
const uint32_t renja_sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

int renja_sha256_hardware(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    const int ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    const int sha = (b >> 29) & 1;
    return ssse3 && sse41 && sha;
}

__attribute__((target("sha,ssse3,sse4.1")))
void renja_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    // Big-endian words of the message, read as little-endian lanes.
    const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128((const __m128i *)&state[0]);   // lanes a b c d
    __m128i hgfe = _mm_loadu_si128((const __m128i *)&state[4]);   // lanes e f g h
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);                  // b a d c
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);                  // h g f e
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);                 // f e b a
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);              // h g d c

    for (size_t n = 0; n < blocks; n++, data += 64) {
        const __m128i abef0 = abef, cdgh0 = cdgh;
        __m128i w[4];
        for (int g = 0; g < 16; g++) {
            __m128i words;
            if (g < 4) {
                words = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * g)), swap);
            } else {
                const __m128i w4 = w[g & 3], w3 = w[(g + 1) & 3], w2 = w[(g + 2) & 3], w1 = w[(g + 3) & 3];
                words = _mm_sha256msg1_epu32(w4, w3);
                words = _mm_add_epi32(words, _mm_alignr_epi8(w1, w2, 4));
                words = _mm_sha256msg2_epu32(words, w1);
            }
            w[g & 3] = words;
            __m128i m = _mm_add_epi32(words, _mm_loadu_si128((const __m128i *)&renja_sha256_k[4 * g]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, m);
            m = _mm_shuffle_epi32(m, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, m);
        }
        abef = _mm_add_epi32(abef, abef0);
        cdgh = _mm_add_epi32(cdgh, cdgh0);
    }

    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);                  // a b e f -> lanes a b e f reversed
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128((__m128i *)&state[0], dcba);
    _mm_storeu_si128((__m128i *)&state[4], hgfe);
}

#else

int renja_sha256_hardware(void) { return 0; }
void renja_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) { (void)state; (void)data; (void)blocks; }

#endif
