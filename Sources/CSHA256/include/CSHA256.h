// SHA-256 compression with the x86 SHA extensions, when the processor has them.
// The portable computation stays in Swift (RenjaCLI/SHA256.swift); this only does the 64-byte
// blocks, about six times faster, so the input's digest costs little of the core it shares.
#ifndef RENJA_CSHA256_H
#define RENJA_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// The round constants K0..K63 (also read by the Swift computation).
extern const uint32_t renja_sha256_k[64];

/// 1 when renja_sha256_blocks can run on this processor (x86-64 with SHA, SSSE3, SSE4.1).
int renja_sha256_hardware(void);

/// Compresses `blocks` 64-byte blocks of `data` into `state` (a, b, c, ... h, as FIPS 180-4
/// numbers them). Only to be called when renja_sha256_hardware() is 1.
void renja_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
