//! A small context-mixing compressor for the text the widget ships: the locales' messages, the
//! message ids and the packs.
//!
//! Why: the messages of eight locales are most of the first load, and the server's gzip codes
//! text at about 2.3 bits a character (worse for Cyrillic and Arabic, two bytes a letter). This
//! coder predicts each bit from the preceding 1 to 6 bytes, the current word and the last repeat
//! of the current context (a match model), mixes those predictions with weights it learns as it
//! goes, and codes the bit arithmetically (after lpaq1, by Matt Mahoney): about a quarter smaller
//! than gzip -9 on our locales, for a decoder of a few kilobytes. Its output does not compress
//! further, so gzip leaves it as it is. The cost is time: decoding a locale takes tens of
//! milliseconds, more on a slow phone (README "Size").
//!
//! `build.rs` compresses (it includes this file) and the widget decompresses the locale it shows;
//! the two run the same model, so every operation here is on fixed-width integers, identical on a
//! 64-bit build machine and in 32-bit WebAssembly. Pure: no I/O, no allocation but the output and
//! the model's tables, and total: any input decodes to some bytes without panicking (a corrupt
//! stream gives wrong bytes, which the round-trip tests would catch at build time).

/// Context models: orders 1, 2, 3, 4 and 6, and the current word.
const MODELS: usize = 6;
/// Each model's table has 2^bits slots: enough for the text (a slot per byte and model, rounded
/// up, times `ROOM`), at most 2^MAX_BITS (6 MB in all), so short texts take little memory.
const MAX_BITS: u32 = 18;
const ROOM: u32 = 3;
/// Mixer inputs: the models, order 0, the match model and a bias.
const INPUTS: usize = MODELS + 3;
/// The match model looks a repeat up by the hash of the last MATCH bytes, in 2^MATCH_BITS slots.
const MATCH: u32 = 6;
const MATCH_BITS: u32 = 16;
/// How far a slot's probability adapts: 1/(n + 1.5) until n reaches this, then fixed.
const LIMIT: u32 = 60;
const FLIP: u32 = 1 << 31;

/// The logistic function on a stretched probability (1/256 steps), as a 12-bit probability.
#[inline(always)]
fn squash(d: i32) -> i32 {
    const T: [i32; 33] = [
        1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348, 3607, 3785, 3901, 3975, 4024, 4050, 4068,
        4079, 4085, 4089, 4092, 4093, 4094,
    ];
    if d > 2047 {
        return 4095;
    }
    if d < -2047 {
        return 1;
    }
    let w = d & 127;
    let i = ((d >> 7) + 16) as usize;
    (T[i] * (128 - w) + T[i + 1] * w + 64) >> 7
}

struct Model {
    /// ln(p / (1 - p)) for each 12-bit probability: the inverse of `squash`.
    stretch: Box<[i16]>,
    /// Per model, 2^bits slots: a 22-bit probability of a 1 above a 10-bit count, stored with the
    /// top bit flipped (`FLIP`) so that a new slot (p = 1/2, n = 0) is 0 and the table starts as
    /// zeroed memory, which costs nothing to allocate.
    slots: Box<[u32]>,
    bits: u32,
    /// Order 0: one slot per partial byte.
    order0: [u32; 256],
    /// Mixer weights (16.16), one set per partial byte and whether the match model predicts.
    weights: Box<[i32]>,
    /// 1/(n + 1.5), 16-bit fixed point.
    rates: [i32; LIMIT as usize + 1],
    /// This byte's context hash per model, and the slots chosen for the current bit.
    hashes: [u32; MODELS],
    chosen: [usize; MODELS],
    /// Per model, where this nibble's 16 slots start: one cache line, so a nibble costs each model
    /// one memory fetch, not four (decoding speed on slow phones).
    groups: [usize; MODELS],
    inputs: [i32; INPUTS],
    /// The partial byte, with a leading 1 (1..=255), the last four bytes, two bytes before
    /// those, and the current word's hash.
    c0: u32,
    c4: u32,
    c8: u32,
    word: u32,
    mixed: i32,
    /// The bytes so far, where the last repeat started (`at` is the byte it predicts next, 0 for
    /// none) and how long it has run; positions by hash of the last MATCH bytes.
    history: Vec<u8>,
    at: usize,
    run: u32,
    starts: Box<[u32]>,
    /// The match model's learnt probability per (run length, predicted bit), and the slot used.
    matched: [u32; 64],
    matched_slot: usize,
}

#[inline(always)]
fn hash(x: u32, salt: u32) -> u32 {
    let x = (x ^ salt.wrapping_mul(0x2545_F491)).wrapping_mul(0x9E37_79B1);
    x ^ (x >> 15)
}

impl Model {
    fn new(len: u32) -> Model {
        let bits = (32 - len.leading_zeros() + ROOM).clamp(8, MAX_BITS);
        let mut stretch = vec![0i16; 4096];
        let mut from = 0usize;
        for x in -2047..=2047 {
            let v = squash(x) as usize;
            for s in stretch.iter_mut().take(v + 1).skip(from) {
                *s = x as i16;
            }
            from = from.max(v + 1);
        }
        for s in stretch.iter_mut().skip(from) {
            *s = 2047;
        }
        let mut rates = [0i32; LIMIT as usize + 1];
        for (n, r) in rates.iter_mut().enumerate() {
            *r = (2 * 65536) / (2 * n as i32 + 3);
        }
        let half = 1u32 << 31;
        Model {
            stretch: stretch.into_boxed_slice(),
            slots: vec![0; MODELS << bits].into_boxed_slice(),
            bits,
            order0: [half; 256],
            weights: vec![1 << 14; 512 * INPUTS].into_boxed_slice(),
            rates,
            hashes: [0; MODELS],
            chosen: [0; MODELS],
            groups: [0; MODELS],
            inputs: [0; INPUTS],
            c0: 1,
            c4: 0,
            c8: 0,
            word: 0,
            mixed: 2048,
            history: Vec::new(),
            at: 0,
            run: 0,
            starts: vec![0; 1 << MATCH_BITS].into_boxed_slice(),
            matched: [half; 64],
            matched_slot: usize::MAX,
        }
    }

    /// The probability (12 bits) that the next bit is a 1.
    #[inline(always)]
    fn predict(&mut self) -> u32 {
        let c0 = self.c0;
        // The bits of this nibble seen so far, after a leading 1 (1..=15).
        let nibble = if c0 >= 16 {
            let j = 27 - c0.leading_zeros();
            (1 << j) | (c0 & ((1 << j) - 1))
        } else {
            c0
        } as usize;
        for m in 0..MODELS {
            let i = self.groups[m] + nibble;
            self.chosen[m] = i;
            self.inputs[m] = self.stretch[((self.slots[i] ^ FLIP) >> 20) as usize] as i32;
        }
        self.inputs[MODELS] = self.stretch[(self.order0[c0 as usize] >> 20) as usize] as i32;
        // The match model: while this byte agrees so far with the byte that followed the last
        // occurrence of the same context, it predicts that byte's next bit.
        self.matched_slot = usize::MAX;
        self.inputs[MODELS + 1] = 0;
        if self.run > 0 {
            let expected = self.history[self.at] as u32 | 256;
            let known = 31 - c0.leading_zeros();
            if expected >> (8 - known) == c0 {
                let bit = (expected >> (7 - known)) & 1;
                self.matched_slot = (self.run.min(31) as usize) << 1 | bit as usize;
                self.inputs[MODELS + 1] = self.stretch[(self.matched[self.matched_slot] >> 20) as usize] as i32;
            }
        }
        self.inputs[MODELS + 2] = 256;
        let w = &self.weights[(c0 as usize + 256 * (self.matched_slot != usize::MAX) as usize) * INPUTS..][..INPUTS];
        let mut dot = 0i64;
        for (&w, &x) in w.iter().zip(&self.inputs) {
            dot += w as i64 * x as i64;
        }
        self.mixed = squash((dot >> 16).clamp(-2048, 2048) as i32).clamp(1, 4095);
        self.mixed as u32
    }

    #[inline(always)]
    fn adapt(slot: &mut u32, bit: u32, rates: &[i32]) {
        let n = *slot & 1023;
        let p = (*slot >> 10) as i64;
        let target = if bit == 1 { (1i64 << 22) - 1 } else { 0 };
        let p = p + (((target - p) * rates[n as usize] as i64) >> 16);
        *slot = ((p as u32) << 10) | (n + 1).min(LIMIT);
    }

    #[inline(always)]
    fn update(&mut self, bit: u32) {
        let err = ((bit as i32) << 12) - self.mixed;
        let c0 = self.c0 as usize;
        let w = &mut self.weights[(c0 + 256 * (self.matched_slot != usize::MAX) as usize) * INPUTS..][..INPUTS];
        for (w, &x) in w.iter_mut().zip(&self.inputs) {
            *w += (x * err) >> 10;
        }
        for m in 0..MODELS {
            let slot = &mut self.slots[self.chosen[m]];
            let mut s = *slot ^ FLIP;
            Self::adapt(&mut s, bit, &self.rates);
            *slot = s ^ FLIP;
        }
        Self::adapt(&mut self.order0[c0], bit, &self.rates);
        if self.matched_slot != usize::MAX {
            Self::adapt(&mut self.matched[self.matched_slot], bit, &self.rates);
        }
        self.c0 = (self.c0 << 1) | bit;
        if self.c0 >= 16 && self.c0 < 32 {
            self.group();
        }
        if self.c0 >= 256 {
            let c = self.c0 & 255;
            self.c0 = 1;
            self.c8 = (self.c8 << 8) | (self.c4 >> 24);
            self.c4 = (self.c4 << 8) | c;
            self.history.push(c as u8);
            let n = self.history.len();
            if self.run > 0 && self.history[self.at] == c as u8 {
                self.run += 1;
                self.at += 1;
            } else {
                self.run = 0;
            }
            if n >= MATCH as usize {
                let h = (hash(self.c4 ^ hash(self.c8 & 0xffff, 9), 8) >> (32 - MATCH_BITS)) as usize;
                if self.run == 0 {
                    let start = self.starts[h] as usize;
                    if start > 0 {
                        self.at = start;
                        self.run = 1;
                    }
                }
                self.starts[h] = n as u32;
            }
            // A word is letters, digits and every byte of a non-ASCII character.
            let letter = (c as u8).is_ascii_alphanumeric() as u32 | (c >= 0x80) as u32;
            self.word = if letter == 1 { hash(self.word, (c | 0x20) + 1) } else { 0 };
            self.hashes = [
                self.c4 & 0xff,
                hash(self.c4 & 0xffff, 2),
                hash(self.c4 & 0xff_ffff, 3),
                hash(self.c4, 4),
                hash(self.c4 ^ hash(self.c8 & 0xffff, 6), 5),
                hash(self.word, 7 + (self.c4 & 0xff)),
            ];
            self.group();
        }
    }

    /// Chooses each model's group of 16 slots for the nibble that starts now.
    #[inline(always)]
    fn group(&mut self) {
        for m in 0..MODELS {
            self.groups[m] = (hash(self.hashes[m], self.c0) >> (32 - self.bits)) as usize & !15 | (m << self.bits);
        }
    }
}

/// Compresses `data`: its length (4 bytes, little-endian), then the arithmetic code.
pub fn compress(data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_le_bytes().to_vec();
    let mut model = Model::new(data.len() as u32);
    let (mut lo, mut hi) = (0u32, u32::MAX);
    for &byte in data {
        for k in (0..8).rev() {
            let bit = (byte >> k) as u32 & 1;
            let p = model.predict();
            let mid = lo + ((hi - lo) >> 12) * p;
            if bit == 1 {
                hi = mid;
            } else {
                lo = mid + 1;
            }
            model.update(bit);
            while (lo ^ hi) & 0xff00_0000 == 0 {
                out.push((hi >> 24) as u8);
                lo <<= 8;
                hi = (hi << 8) | 255;
            }
        }
    }
    out.extend_from_slice(&lo.to_be_bytes());
    out
}

/// Decompresses what `compress` wrote. Any input gives some bytes: a truncated or corrupt
/// stream reads as zeros past its end.
pub fn decompress(code: &[u8]) -> Vec<u8> {
    Decoder::new(code).collect()
}

/// A decompression that goes only as far as it is asked: the widget decodes a locale up to the
/// message a screen needs, so the first screen waits for its own few messages, not the whole
/// locale. It yields the bytes `compress` was given, then stops (and frees its tables).
pub struct Decoder<'a> {
    model: Option<Box<Model>>,
    /// The length the stream says it holds (it sizes the model's tables, as in `compress`).
    len: u32,
    code: &'a [u8],
    at: usize,
    left: usize,
    lo: u32,
    hi: u32,
    x: u32,
}

impl<'a> Decoder<'a> {
    pub fn new(code: &'a [u8]) -> Decoder<'a> {
        let (len, code) = match code.split_first_chunk::<4>() {
            Some((len, code)) => (u32::from_le_bytes(*len), code),
            None => (0, code),
        };
        // A corrupt length cannot ask for more than the stream could hold (at best about 64
        // bytes a code byte for our text), so memory stays bounded.
        let left = (len as usize).min(code.len().saturating_mul(8 * 64));
        let mut d = Decoder { model: None, len, code, at: 0, left, lo: 0, hi: u32::MAX, x: 0 };
        for _ in 0..4 {
            d.x = (d.x << 8) | d.next_code() as u32;
        }
        d
    }

    fn next_code(&mut self) -> u8 {
        let b = self.code.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }
}

impl Iterator for Decoder<'_> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        if self.left == 0 {
            self.model = None;
            return None;
        }
        self.left -= 1;
        let len = self.len;
        let mut model = self.model.take().unwrap_or_else(|| Box::new(Model::new(len)));
        let mut byte = 0u8;
        for _ in 0..8 {
            let p = model.predict();
            let mid = self.lo + ((self.hi - self.lo) >> 12) * p;
            let bit = (self.x <= mid) as u32;
            if bit == 1 {
                self.hi = mid;
            } else {
                self.lo = mid + 1;
            }
            model.update(bit);
            byte = (byte << 1) | bit as u8;
            while (self.lo ^ self.hi) & 0xff00_0000 == 0 {
                self.lo <<= 8;
                self.hi = (self.hi << 8) | 255;
                self.x = (self.x << 8) | self.next_code() as u32;
            }
        }
        if self.left > 0 {
            self.model = Some(model);
        }
        Some(byte)
    }
}
