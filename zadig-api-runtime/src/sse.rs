//! Log streams: a response body read as it arrives and cut into log lines.
//!
//! A `text/event-stream` body (what Zadig sends) is parsed as server-sent events, one item per
//! event's data. The parser is written here rather than taken from the `eventsource-stream`
//! crate: that crate (0.2.3) panics on a body that starts with a byte-order mark, keeps growing
//! its buffer after invalid UTF-8, copies its whole buffer for every line, and drops the last
//! event when the body ends without a blank line. This one works on bytes, keeps at most one
//! line and one event in memory (each capped), decodes UTF-8 per line (invalid bytes become
//! U+FFFD), and never panics.

use std::collections::VecDeque;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_util::stream::{self, BoxStream, Stream, StreamExt};
use reqwest::StatusCode;

use std::sync::Arc;

use super::send::{Body, Received};
use crate::error::{Error, ErrorKind, Label, Result, show_duration};
use crate::time::{Sleep, bounded};

/// The longest line a log stream accepts: 8 MiB.
const MAX_LINE_BYTES: usize = 8 << 20;
/// The most data one event may carry: 16 MiB.
const MAX_EVENT_BYTES: usize = 16 << 20;
/// A line buffer grown past this is released after use, so one long line does not keep its
/// memory for the rest of the stream.
const KEEP_CAPACITY: usize = 64 << 10;

/// Cuts bytes into lines ended by CRLF, LF or CR, across chunk boundaries (including a CRLF
/// split between two chunks).
#[derive(Debug, Default)]
struct LineSplitter {
    partial: Vec<u8>,
    /// The last chunk ended in CR: an LF at the start of the next one belongs to it.
    skip_lf: bool,
}

impl LineSplitter {
    fn feed(
        &mut self,
        chunk: &[u8],
        on_line: &mut dyn FnMut(&[u8]) -> std::result::Result<(), String>,
    ) -> std::result::Result<(), String> {
        let mut rest = chunk;
        while let Some((&first, tail)) = rest.split_first() {
            if std::mem::take(&mut self.skip_lf) && first == b'\n' {
                rest = tail;
                continue;
            }
            match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
                Some(end) => {
                    if self.partial.is_empty() {
                        on_line(&rest[..end])?;
                    } else {
                        self.append(&rest[..end])?;
                        let result = on_line(&self.partial);
                        self.clear();
                        result?;
                    }
                    self.skip_lf = rest[end] == b'\r';
                    rest = &rest[end + 1..];
                }
                None => {
                    self.append(rest)?;
                    break;
                }
            }
        }
        Ok(())
    }

    /// At the end of the body: the last line, if it had no line ending.
    fn finish(
        &mut self,
        on_line: &mut dyn FnMut(&[u8]) -> std::result::Result<(), String>,
    ) -> std::result::Result<(), String> {
        if self.partial.is_empty() {
            return Ok(());
        }
        let result = on_line(&self.partial);
        self.clear();
        result
    }

    fn has_partial_line(&self) -> bool {
        !self.partial.is_empty()
    }

    fn append(&mut self, bytes: &[u8]) -> std::result::Result<(), String> {
        if self.partial.len() + bytes.len() > MAX_LINE_BYTES {
            return Err(format!(
                "a line of the log stream is longer than {} MiB",
                MAX_LINE_BYTES >> 20
            ));
        }
        self.partial.extend_from_slice(bytes);
        Ok(())
    }

    fn clear(&mut self) {
        if self.partial.capacity() > KEEP_CAPACITY {
            self.partial = Vec::new();
        } else {
            self.partial.clear();
        }
    }
}

/// How a log stream's body is cut into items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[doc(hidden)]
pub enum Framing {
    /// Server-sent events: one item per event, its `data` lines joined with `\n`.
    Events,
    /// Plain text: one item per line.
    Lines,
}

/// The push parser behind [`LogStream`]: bytes in, items out.
#[derive(Debug)]
#[doc(hidden)]
pub struct Decoder {
    framing: Framing,
    lines: LineSplitter,
    /// The current event's data, each `data` line followed by `\n`.
    data: String,
    at_start: bool,
}

impl Decoder {
    #[doc(hidden)]
    pub fn new(framing: Framing) -> Self {
        Decoder {
            framing,
            lines: LineSplitter::default(),
            data: String::new(),
            at_start: true,
        }
    }

    /// Parses one chunk; complete items are appended to `out`.
    #[doc(hidden)]
    pub fn feed(
        &mut self,
        chunk: &[u8],
        out: &mut VecDeque<String>,
    ) -> std::result::Result<(), String> {
        let Decoder {
            framing,
            lines,
            data,
            at_start,
        } = self;
        lines.feed(chunk, &mut |line| {
            handle_line(*framing, data, at_start, line, out)
        })
    }

    /// Ends the body cleanly: a last line without a line ending still counts, and so does a
    /// last event that is not followed by a blank line.
    #[doc(hidden)]
    pub fn finish(&mut self, out: &mut VecDeque<String>) -> std::result::Result<(), String> {
        let Decoder {
            framing,
            lines,
            data,
            at_start,
        } = self;
        lines.finish(&mut |line| handle_line(*framing, data, at_start, line, out))?;
        dispatch(data, out);
        Ok(())
    }

    /// True when the body stopped inside a line or an event.
    #[doc(hidden)]
    pub fn mid_event(&self) -> bool {
        self.lines.has_partial_line() || !self.data.is_empty()
    }
}

fn handle_line(
    framing: Framing,
    data: &mut String,
    at_start: &mut bool,
    mut line: &[u8],
    out: &mut VecDeque<String>,
) -> std::result::Result<(), String> {
    if std::mem::take(at_start) {
        line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
    }
    if framing == Framing::Lines {
        out.push_back(String::from_utf8_lossy(line).into_owned());
        return Ok(());
    }
    if line.is_empty() {
        dispatch(data, out);
        return Ok(());
    }
    if line.first() == Some(&b':') {
        return Ok(()); // A comment, e.g. a keep-alive.
    }
    let (name, value) = match line.iter().position(|&b| b == b':') {
        Some(colon) => {
            let value = &line[colon + 1..];
            (&line[..colon], value.strip_prefix(b" ").unwrap_or(value))
        }
        None => (line, &b""[..]),
    };
    // `event`, `id` and `retry` do not change what a log line says; other fields are ignored
    // as the SSE standard asks.
    if name == b"data" {
        if data.len() + value.len() + 1 > MAX_EVENT_BYTES {
            return Err(format!(
                "an event of the log stream carries more than {} MiB",
                MAX_EVENT_BYTES >> 20
            ));
        }
        data.push_str(&String::from_utf8_lossy(value));
        data.push('\n');
    }
    Ok(())
}

/// Emits the current event, if it has data, without the last data line's `\n`.
fn dispatch(data: &mut String, out: &mut VecDeque<String>) {
    if data.is_empty() {
        return;
    }
    let mut event = std::mem::take(data);
    event.pop();
    if event.capacity() > KEEP_CAPACITY {
        event.shrink_to_fit();
    }
    out.push_back(event);
}

/// A live log: one item per log line, read from the response body as it arrives.
///
/// It is a [`Stream`] of `Result<String>`; with [`futures_util::StreamExt`] (or
/// [`next_line`](LogStream::next_line)) read it line by line:
///
/// ```no_run
/// # async fn demo(mut logs: zadig_api::LogStream) -> zadig_api::Result<()> {
/// while let Some(line) = logs.next_line().await {
///     println!("{}", line?);
/// }
/// # Ok(()) }
/// ```
///
/// Each item is the `data` of one server-sent event (lines of a multi-line event joined with
/// `\n`), as the server sent it: no JSON unquoting. When the server answers with a content type
/// other than `text/event-stream` (plain text), each line of the body is an item instead.
///
/// The stream ends after the body ends. A connection lost before that, or a silence longer than
/// the client's `ClientBuilder::stream_idle_timeout`, ends it
/// with one `Err` item ([`ErrorKind::Stream`] or
/// [`ErrorKind::Timeout`]), never with a silent cut. There is no
/// total timeout. Memory use does not grow with the length of the log.
pub struct LogStream {
    inner: BoxStream<'static, Result<String>>,
}

struct State {
    body: BoxStream<'static, reqwest::Result<Bytes>>,
    decoder: Decoder,
    ready: VecDeque<String>,
    idle_timeout: Duration,
    time: Arc<dyn Sleep>,
    endpoint: Label,
    status: StatusCode,
    done: bool,
}

impl LogStream {
    /// Reads the body of a streamed answer as a log stream, with the client's idle timeout on
    /// its time source.
    #[doc(hidden)]
    pub fn new(received: Received) -> Self {
        let framing = framing_of(&received.headers);
        let body = match received.body {
            Body::Stream(response) => response.bytes_stream().boxed(),
            Body::Whole(bytes) => stream::once(std::future::ready(Ok(bytes))).boxed(),
        };
        let state = State {
            body,
            decoder: Decoder::new(framing),
            ready: VecDeque::new(),
            idle_timeout: received.stream_idle_timeout,
            time: received.time,
            endpoint: received.endpoint,
            status: received.status,
            done: false,
        };
        LogStream {
            inner: stream::unfold(state, next_item).boxed(),
        }
    }

    /// The next log line, `None` at the end of the log. A shortcut for
    /// `futures_util::StreamExt::next`.
    pub async fn next_line(&mut self) -> Option<Result<String>> {
        self.inner.next().await
    }
}

async fn next_item(mut state: State) -> Option<(Result<String>, State)> {
    loop {
        if let Some(line) = state.ready.pop_front() {
            return Some((Ok(line), state));
        }
        if state.done {
            return None;
        }
        let next = bounded(&*state.time, Some(state.idle_timeout), state.body.next());
        let error = match next.await {
            Ok(Some(Ok(chunk))) => match state.decoder.feed(&chunk, &mut state.ready) {
                Ok(()) => continue,
                Err(message) => Error::new(ErrorKind::Stream, message),
            },
            Ok(None) => match state.decoder.finish(&mut state.ready) {
                Ok(()) => {
                    state.done = true;
                    continue;
                }
                Err(message) => Error::new(ErrorKind::Stream, message),
            },
            Ok(Some(Err(err))) => {
                let place = if state.decoder.mid_event() {
                    " in the middle of an event"
                } else {
                    ""
                };
                let kind = if err.is_timeout() {
                    ErrorKind::Timeout
                } else {
                    ErrorKind::Stream
                };
                Error::new(
                    kind,
                    format!("the log stream broke off{place}: connection lost"),
                )
                .with_source(err.without_url())
            }
            Err(_) => Error::new(
                ErrorKind::Timeout,
                format!(
                    "the log stream sent nothing for {}",
                    show_duration(state.idle_timeout)
                ),
            ),
        };
        state.done = true;
        state.ready.clear();
        let error = error
            .with_endpoint(state.endpoint.clone())
            .with_status(state.status);
        return Some((Err(error), state));
    }
}

/// Server-sent events unless the server says the body is something else.
fn framing_of(headers: &reqwest::header::HeaderMap) -> Framing {
    let Some(content_type) = headers.get(reqwest::header::CONTENT_TYPE) else {
        return Framing::Events;
    };
    let essence = content_type
        .to_str()
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if essence == "text/event-stream" || essence.is_empty() {
        Framing::Events
    } else {
        Framing::Lines
    }
}

impl Stream for LogStream {
    type Item = Result<String>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl fmt::Debug for LogStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LogStream").finish_non_exhaustive()
    }
}

/// Runs the decoder over `chunks` as if they were a body that ended cleanly (test hook).
#[doc(hidden)]
pub fn decode_chunks(framing: Framing, chunks: &[&[u8]]) -> Vec<Result<String>> {
    let mut decoder = Decoder::new(framing);
    let mut ready = VecDeque::new();
    let mut items = Vec::new();
    for chunk in chunks {
        let result = decoder.feed(chunk, &mut ready);
        items.extend(ready.drain(..).map(Ok));
        if let Err(message) = result {
            items.push(Err(Error::new(ErrorKind::Stream, message)));
            return items;
        }
    }
    let result = decoder.finish(&mut ready);
    items.extend(ready.drain(..).map(Ok));
    if let Err(message) = result {
        items.push(Err(Error::new(ErrorKind::Stream, message)));
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(chunks: &[&[u8]]) -> Vec<String> {
        decode_chunks(Framing::Events, chunks)
            .into_iter()
            .map(|item| item.unwrap_or_else(|err| format!("ERR {err}")))
            .collect()
    }

    #[test]
    fn parses_the_standard_cases() {
        assert_eq!(events(&[b"data: a\n\ndata: b\n\n"]), ["a", "b"]);
        assert_eq!(events(&[b"data: a\ndata: b\n\n"]), ["a\nb"]);
        assert_eq!(
            events(&[b": keep-alive\nevent: message\nid: 7\nretry: 10\ndata:x\n\n"]),
            ["x"]
        );
        assert_eq!(events(&[b"data: a\r\n\r\ndata: b\r\r"]), ["a", "b"]);
        assert_eq!(events(&[b"data\n\n"]), [""]);
        assert_eq!(events(&[b"data:  two spaces\n\n"]), [" two spaces"]);
        assert_eq!(events(&[b"event: x\n\n"]), Vec::<String>::new());
        assert_eq!(events(&[b"data: last"]), ["last"]);
        assert_eq!(events(&[b"data: last\n"]), ["last"]);
        assert_eq!(events(&["\u{feff}data: bom\n\n".as_bytes()]), ["bom"]);
        assert_eq!(
            events(&[b"\xef", b"\xbb\xbfdata: split bom\n\n"]),
            ["split bom"]
        );
    }

    #[test]
    fn chunk_boundaries_do_not_matter() {
        let body: &[u8] =
            b"data: one\r\ndata: two\r\n\r\n: c\r\ndata: \xe6\x97\xa5\xe6\x9c\xac\r\n\r\n";
        let whole = events(&[body]);
        assert_eq!(whole, ["one\ntwo", "日本"]);
        for cut in 0..body.len() {
            assert_eq!(events(&[&body[..cut], &body[cut..]]), whole, "cut at {cut}");
        }
        let bytes: Vec<&[u8]> = body.chunks(1).collect();
        assert_eq!(events(&bytes), whole);
    }

    #[test]
    fn plain_lines() {
        let items: Vec<String> =
            decode_chunks(Framing::Lines, &[b"\"line 1\"\r\n\"li", b"ne 2\"\nlast"])
                .into_iter()
                .filter_map(|r| r.ok())
                .collect();
        assert_eq!(items, ["\"line 1\"", "\"line 2\"", "last"]);
    }

    #[test]
    fn caps_line_length() {
        let long = vec![b'a'; MAX_LINE_BYTES / 2 + 1];
        let items = decode_chunks(Framing::Events, &[b"data: ", &long, &long, b"\n\n"]);
        assert!(
            items
                .last()
                .is_some_and(|r| r.as_ref().is_err_and(|e| e.is_stream()))
        );
    }
}
