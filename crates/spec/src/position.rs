//! Where each JSON value of a file starts, by JSON pointer.
//!
//! serde_json reports positions only for the first error it meets; the checks
//! that run after deserialization need the position of any value. This scanner
//! walks text that serde_json has already accepted as valid JSON and records the
//! 1-based line and column (in characters) where each value starts. Object keys
//! map to the value's position; `pointer#key` maps to the key itself.

use std::collections::HashMap;

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

/// Positions of the values of one JSON document.
#[derive(Debug, Default, Clone)]
pub struct PositionIndex {
    values: HashMap<String, Position>,
    keys: HashMap<String, Position>,
}

impl PositionIndex {
    /// Indexes `text`, which must be valid JSON (anything else yields a partial index).
    pub fn new(text: &str) -> Self {
        let mut scanner = Scanner {
            chars: text.chars().collect(),
            at: 0,
            line: 1,
            column: 1,
            index: PositionIndex::default(),
        };
        scanner.value(String::new());
        scanner.index
    }

    /// Where the value at `pointer` starts. Falls back to the nearest ancestor that
    /// exists, and to 1:1.
    pub fn value(&self, pointer: &str) -> Position {
        let mut p = pointer;
        loop {
            if let Some(pos) = self.values.get(p) {
                return *pos;
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return Position { line: 1, column: 1 },
            }
        }
    }

    /// Where the key naming the value at `pointer` starts (the value's position if the
    /// parent is an array or the key is unknown).
    pub fn key(&self, pointer: &str) -> Position {
        self.keys
            .get(pointer)
            .copied()
            .unwrap_or_else(|| self.value(pointer))
    }
}

/// Escapes one reference token of a JSON pointer (RFC 6901).
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

struct Scanner {
    chars: Vec<char>,
    at: usize,
    line: usize,
    column: usize,
    index: PositionIndex,
}

impl Scanner {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn here(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }

    fn value(&mut self, pointer: String) {
        self.skip_ws();
        let start = self.here();
        self.index.values.insert(pointer.clone(), start);
        match self.peek() {
            Some('{') => {
                self.bump();
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some('"') => {
                            let key_pos = self.here();
                            let key = self.string();
                            let child = format!("{pointer}/{}", escape_token(&key));
                            self.index.keys.insert(child.clone(), key_pos);
                            self.skip_ws();
                            if self.peek() == Some(':') {
                                self.bump();
                            }
                            self.value(child);
                            self.skip_ws();
                            if self.peek() == Some(',') {
                                self.bump();
                            }
                        }
                        Some('}') => {
                            self.bump();
                            return;
                        }
                        _ => return,
                    }
                }
            }
            Some('[') => {
                self.bump();
                let mut i = 0usize;
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some(']') => {
                            self.bump();
                            return;
                        }
                        None => return,
                        _ => {
                            self.value(format!("{pointer}/{i}"));
                            i += 1;
                            self.skip_ws();
                            if self.peek() == Some(',') {
                                self.bump();
                            }
                        }
                    }
                }
            }
            Some('"') => {
                self.string();
            }
            Some(_) => {
                while matches!(self.peek(), Some(c) if !matches!(c, ',' | '}' | ']' | ' ' | '\t' | '\n' | '\r'))
                {
                    self.bump();
                }
            }
            None => {}
        }
    }

    /// Reads a string literal and returns its unescaped contents.
    fn string(&mut self) -> String {
        let mut raw = String::from('"');
        self.bump();
        while let Some(c) = self.bump() {
            raw.push(c);
            match c {
                '\\' => {
                    if let Some(e) = self.bump() {
                        raw.push(e);
                    }
                }
                '"' => break,
                _ => {}
            }
        }
        serde_json::from_str(&raw).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_of_nested_values_and_keys() {
        let text = "{\n  \"a\": [1, {\"b/c\": \"x\"}],\n  \"d\": null\n}";
        let index = PositionIndex::new(text);
        assert_eq!(index.value(""), Position { line: 1, column: 1 });
        assert_eq!(index.value("/a"), Position { line: 2, column: 8 });
        assert_eq!(index.value("/a/0"), Position { line: 2, column: 9 });
        assert_eq!(
            index.value("/a/1/b~1c"),
            Position {
                line: 2,
                column: 20
            }
        );
        assert_eq!(
            index.key("/a/1/b~1c"),
            Position {
                line: 2,
                column: 13
            }
        );
        assert_eq!(index.value("/d"), Position { line: 3, column: 8 });
        // Unknown pointers fall back to the nearest ancestor.
        assert_eq!(
            index.value("/a/1/zzz"),
            Position {
                line: 2,
                column: 12
            }
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "{\"é\": \"ü\", \"k\": 1}";
        let index = PositionIndex::new(text);
        assert_eq!(
            index.value("/k"),
            Position {
                line: 1,
                column: 17
            }
        );
    }
}
