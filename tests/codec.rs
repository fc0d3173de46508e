//! The text codec (src/codec.rs) that carries every locale in the widget: it must give back
//! exactly what went in, never panic on any input, and pay for itself.

use proptest::prelude::*;
use waymark::codec::{compress, decompress, Decoder};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_bytes_round_trip(data in proptest::collection::vec(any::<u8>(), 0..3000)) {
        prop_assert_eq!(decompress(&compress(&data)), data);
    }

    #[test]
    fn any_text_round_trips(text in "\\PC{0,800}") {
        prop_assert_eq!(decompress(&compress(text.as_bytes())), text.as_bytes());
    }

    #[test]
    fn decoding_stops_anywhere_with_the_prefix_and_resumes(data in proptest::collection::vec(any::<u8>(), 0..2000), cut in 0usize..2000) {
        let code = compress(&data);
        let mut d = Decoder::new(&code);
        let head: Vec<u8> = d.by_ref().take(cut).collect();
        prop_assert_eq!(&head[..], &data[..cut.min(data.len())]);
        let rest: Vec<u8> = d.by_ref().collect();
        prop_assert_eq!(&rest[..], &data[cut.min(data.len())..]);
        prop_assert_eq!(d.next(), None);
    }

    #[test]
    fn any_stream_decodes_to_something_without_panicking(code in proptest::collection::vec(any::<u8>(), 0..64)) {
        let out = decompress(&code);
        // A corrupt length cannot make it allocate without bound.
        prop_assert!(out.len() <= code.len() * 512);
    }
}

#[test]
fn every_locale_compresses_to_under_a_third_and_back() {
    for dir in std::fs::read_dir("locales").unwrap().filter_map(|e| e.ok()).filter(|e| e.path().is_dir()) {
        let mut text = Vec::new();
        for f in std::fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()) {
            text.extend(std::fs::read(f.path()).unwrap());
        }
        let code = compress(&text);
        assert_eq!(decompress(&code), text, "{:?}", dir.path());
        assert!(code.len() * 3 < text.len(), "{:?}: {} bytes to {}", dir.path(), text.len(), code.len());
    }
}

#[test]
fn a_truncated_stream_gives_wrong_bytes_of_the_right_length_not_a_panic() {
    let text = "Quick exit leaves this page at once.".repeat(20);
    let code = compress(text.as_bytes());
    let out = decompress(&code[..code.len() / 2]);
    assert_eq!(out.len(), text.len());
    assert_ne!(out, text.as_bytes());
}
