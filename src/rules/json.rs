//! A small JSON reader, for reading the shipped packs in the widget without serde_json (which,
//! with the derived deserialisers, costs the widget about 15 KiB gzip). The CLI and `validate` keep
//! serde's reader for its line-and-column messages; tests require both to read every shipped pack
//! identically, and tests/fuzz.rs compares this reader with serde_json on arbitrary and mutated
//! text. Total: any input gives a value or `None`.
//!
//! A duplicate key in an object is refused: no pack means anything by one. serde's readers of the
//! pack file refuse it too (a duplicate field by their derive, a key twice in a map, such as a
//! condition's `is`, by `pack.rs`'s `unique_map`).

/// A JSON value. Numbers are kept as integers: packs hold no fractions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Str(String),
    Arr(Vec<Json>),
    /// Members in file order; no key twice.
    Obj(Vec<(String, Json)>),
}

/// Reads a whole JSON text; `None` on any syntax error or trailing text.
pub fn parse(text: &str) -> Option<Json> {
    let mut r = Reader { b: text.as_bytes(), i: 0, depth: 0 };
    let v = r.value()?;
    r.ws();
    (r.i == r.b.len()).then_some(v)
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
    depth: u32,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        self.ws();
        (self.b.get(self.i) == Some(&c)).then(|| self.i += 1)
    }

    fn value(&mut self) -> Option<Json> {
        self.ws();
        self.depth += 1;
        if self.depth > 64 {
            return None;
        }
        let v = match *self.b.get(self.i)? {
            b'{' => {
                self.i += 1;
                let mut members = Vec::new();
                if self.eat(b'}').is_none() {
                    loop {
                        self.ws();
                        let k = self.string()?;
                        if members.iter().any(|(m, _)| *m == k) {
                            return None;
                        }
                        self.eat(b':')?;
                        members.push((k, self.value()?));
                        if self.eat(b',').is_none() {
                            self.eat(b'}')?;
                            break;
                        }
                    }
                }
                Json::Obj(members)
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                if self.eat(b']').is_none() {
                    loop {
                        items.push(self.value()?);
                        if self.eat(b',').is_none() {
                            self.eat(b']')?;
                            break;
                        }
                    }
                }
                Json::Arr(items)
            }
            b'"' => Json::Str(self.string()?),
            b't' => self.word(b"true", Json::Bool(true))?,
            b'f' => self.word(b"false", Json::Bool(false))?,
            b'n' => self.word(b"null", Json::Null)?,
            _ => {
                let from = self.i;
                if self.b.get(self.i) == Some(&b'-') {
                    self.i += 1;
                }
                while self.i < self.b.len() && self.b[self.i].is_ascii_digit() {
                    self.i += 1;
                }
                Json::Int(std::str::from_utf8(&self.b[from..self.i]).ok()?.parse().ok()?)
            }
        };
        self.depth -= 1;
        Some(v)
    }

    fn word(&mut self, w: &[u8], v: Json) -> Option<Json> {
        self.b.get(self.i..self.i + w.len()).filter(|s| *s == w)?;
        self.i += w.len();
        Some(v)
    }

    fn string(&mut self) -> Option<String> {
        if self.b.get(self.i) != Some(&b'"') {
            return None;
        }
        self.i += 1;
        let mut out = String::new();
        loop {
            let from = self.i;
            while self.i < self.b.len() && !matches!(self.b[self.i], b'"' | b'\\') && self.b[self.i] >= 0x20 {
                self.i += 1;
            }
            out.push_str(std::str::from_utf8(&self.b[from..self.i]).ok()?);
            match *self.b.get(self.i)? {
                b'"' => {
                    self.i += 1;
                    return Some(out);
                }
                b'\\' => {
                    let e = *self.b.get(self.i + 1)?;
                    self.i += 2;
                    match e {
                        b'"' | b'\\' | b'/' => out.push(e as char),
                        b'n' => out.push('\n'),
                        b't' => out.push('\t'),
                        b'r' => out.push('\r'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'u' => {
                            let hex = |r: &mut Self| -> Option<u32> {
                                let h = std::str::from_utf8(r.b.get(r.i..r.i + 4)?).ok()?;
                                r.i += 4;
                                u32::from_str_radix(h, 16).ok()
                            };
                            let mut c = hex(self)?;
                            if (0xd800..0xdc00).contains(&c) && self.b.get(self.i..self.i + 2) == Some(b"\\u") {
                                self.i += 2;
                                let lo = hex(self)?;
                                c = 0x10000 + ((c - 0xd800) << 10) + (lo.checked_sub(0xdc00)? & 0x3ff);
                            }
                            out.push(char::from_u32(c)?);
                        }
                        _ => return None,
                    }
                }
                _ => return None,
            }
        }
    }
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn arr(&self) -> Option<&[Json]> {
        match self {
            Json::Arr(a) => Some(a),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_packs_hold_and_refuses_broken_text() {
        let v = parse(r#" {"a": [1, -2, "x\"\u00e9\ud83d\ude00", true, null, {}], "b": {"c": []}} "#).unwrap();
        assert_eq!(v.get("a").unwrap().arr().unwrap()[2].str(), Some("x\"é😀"));
        assert_eq!(v.get("b").unwrap().get("c"), Some(&Json::Arr(vec![])));
        for bad in ["", "{", "[1,]", "{\"a\": 1, \"a\": 1}", "{\"b\": {\"a\": 1, \"c\": 2, \"a\": 3}}", "{\"a\" 1}", "\"\\q\"", "tru", "{} x", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
