//! Preparing a stored (very large) body for the text view a slice at a time:
//! indexing its rows as it is ("raw"), or laying out its JSON into a second
//! store and indexing that ("formatted"). Only a slice and the sparse row
//! index are ever in this program's memory.

use std::ops::Range;
use std::sync::Arc;

use crate::core::response::json_pretty::JsonSyntaxError;
use crate::core::response::json_stream::StreamFormat;
use crate::core::response::large::bytes::{AppendBytes, LargeBytes};
use crate::core::response::large::row_index::{RowIndex, RowIndexBuilder};

/// Stored text and its rows, ready to show a screenful at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LargeRows {
    text: LargeBytes,
    rows: Arc<RowIndex>,
}

impl LargeRows {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Rows `range`, joined by line feeds.
    pub fn read(&self, range: Range<usize>) -> String {
        self.rows.read(&self.text, range)
    }

    /// The text itself (the laid-out text, for a formatted body).
    pub fn text(&self) -> &LargeBytes {
        &self.text
    }
}

/// Where a layout job is.
#[derive(Debug, PartialEq)]
pub enum LayoutStep {
    /// More to do; the share done so far, in per cent.
    Pending(usize),
    Done(Result<LargeRows, LayoutError>),
}

/// Why a body could not be laid out as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutError {
    NotJson(JsonSyntaxError),
    /// The bytes are not UTF-8 text (or, unlabelled, hold NUL bytes): a binary body.
    NotText,
}

pub struct LargeLayout<O> {
    source: LargeBytes,
    read: usize,
    index: RowIndexBuilder,
    format: Option<(StreamFormat, O)>,
    text_check: Option<TextCheck>,
    buffer: Vec<u8>,
    /// The outcome, once there is one: later steps give it again.
    outcome: Option<Result<LargeRows, LayoutError>>,
}

/// UTF-8 validity across pieces (a character may be split between two).
#[derive(Debug, Default)]
struct TextCheck {
    /// The start of a character the last piece ended inside.
    carry: Vec<u8>,
    refuse_nul: bool,
}

impl TextCheck {
    fn feed(&mut self, piece: &[u8]) -> bool {
        if self.refuse_nul && piece.contains(&0) {
            return false;
        }
        let joined;
        let bytes = if self.carry.is_empty() {
            piece
        } else {
            joined = [self.carry.as_slice(), piece].concat();
            &joined
        };
        match std::str::from_utf8(bytes) {
            Ok(_) => {
                self.carry.clear();
                true
            }
            // Cut off inside a character: the rest comes with the next piece.
            Err(e) if e.error_len().is_none() => {
                self.carry = bytes[e.valid_up_to()..].to_vec();
                true
            }
            Err(_) => false,
        }
    }

    fn finish(&self) -> bool {
        self.carry.is_empty()
    }
}

impl<O: AppendBytes + Send + Sync + 'static> LargeLayout<O> {
    /// Rows of the body as it is.
    pub fn raw(source: LargeBytes, max_row: usize) -> LargeLayout<O> {
        LargeLayout {
            source,
            read: 0,
            index: RowIndexBuilder::new(max_row),
            format: None,
            text_check: None,
            buffer: Vec::new(),
            outcome: None,
        }
    }

    /// Also checks that the body is UTF-8 text (and, with `refuse_nul`, has no
    /// NUL bytes), ending with [`LayoutError::NotText`] if not.
    pub fn checking_text(mut self, refuse_nul: bool) -> LargeLayout<O> {
        self.text_check = Some(TextCheck {
            carry: Vec::new(),
            refuse_nul,
        });
        self
    }

    /// The body's JSON laid out into `output` (empty), and its rows.
    pub fn formatted(source: LargeBytes, output: O, max_row: usize) -> LargeLayout<O> {
        LargeLayout {
            format: Some((StreamFormat::new(), output)),
            ..LargeLayout::raw(source, max_row)
        }
    }

    /// Reads and handles about `budget` more bytes of the body.
    pub fn step(&mut self, budget: usize) -> LayoutStep {
        if let Some(outcome) = &self.outcome {
            return LayoutStep::Done(outcome.clone());
        }
        match self.advance(budget) {
            Ok(Some(percent)) => LayoutStep::Pending(percent),
            Ok(None) => self.finish(),
            Err(error) => {
                self.outcome = Some(Err(error.clone()));
                LayoutStep::Done(Err(error))
            }
        }
    }

    /// Handles the next piece: the share done (per cent) while more is left, `None` at the end.
    fn advance(&mut self, budget: usize) -> Result<Option<usize>, LayoutError> {
        let piece = self
            .source
            .read(self.read..self.read.saturating_add(budget.max(1)));
        self.read += piece.len();
        let done = self.read >= self.source.len();
        if let Some(check) = &mut self.text_check {
            if !check.feed(&piece) || (done && !check.finish()) {
                return Err(LayoutError::NotText);
            }
        }
        match &mut self.format {
            None => self.index.feed(&piece),
            Some((job, output)) => {
                self.buffer.clear();
                let fed = job.feed(&piece, &mut self.buffer);
                fed.and_then(|()| if done { job.finish() } else { Ok(()) })
                    .map_err(LayoutError::NotJson)?;
                self.index.feed(&self.buffer);
                output.append(&self.buffer);
            }
        }
        if done {
            return Ok(None);
        }
        // In u64: wasm's 32-bit usize would overflow at 43 MB read.
        let percent = (self.read as u64 * 100) / self.source.len().max(1) as u64;
        Ok(Some(percent as usize))
    }

    fn finish(&mut self) -> LayoutStep {
        let rows = Arc::new(std::mem::replace(&mut self.index, RowIndexBuilder::new(0)).finish());
        let text = match self.format.take() {
            None => self.source.clone(),
            Some((_, output)) => LargeBytes::new(output),
        };
        let rows = LargeRows { text, rows };
        self.outcome = Some(Ok(rows.clone()));
        LayoutStep::Done(Ok(rows))
    }
}

#[cfg(test)]
mod tests;
