//! The HTTP server under the mock: HTTP/1.1 on loopback, on a thread of its own.
//!
//! Matching, the spec checks and recording all happen in the dispatcher (`lib.rs`); this module
//! only moves bytes. It sits on hyper directly (already in the tree under reqwest) because an
//! answer may be a stream whose parts are sent apart in time (log lines with delays between
//! them), which a mocking crate that answers with a whole body cannot do.
//!
//! The server has its own thread and runtime, so it serves whatever the test runs on: a
//! current-thread or multi-thread tokio runtime, or no runtime at all (the blocking client).

use std::convert::Infallible;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use futures_util::StreamExt;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Bytes, Frame, Incoming};
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

/// A request as it arrived, its body read in full.
#[derive(Debug, Clone)]
pub(crate) struct Received {
    pub(crate) method: String,
    /// The path as it arrived (percent-encoded).
    pub(crate) path: String,
    /// The query string as it arrived, without `?`; empty when there is none.
    pub(crate) query: String,
    /// Header names (lower case) and values (lossy UTF-8), in order.
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Bytes,
}

impl Received {
    /// The query's `key=value` pairs, form-decoded (`+` is a space), in order.
    pub(crate) fn query_pairs(&self) -> Vec<(String, String)> {
        form_urlencoded::parse(self.query.as_bytes())
            .map(|(key, value)| (key.into_owned(), value.into_owned()))
            .collect()
    }
}

/// What the server sends back.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    /// An HTTP status: the dispatcher makes sure of it (100 to 999).
    pub(crate) status: u16,
    pub(crate) content_type: Option<&'static str>,
    /// How long to wait before sending the head.
    pub(crate) delay: Option<Duration>,
    pub(crate) body: AnswerBody,
}

#[derive(Debug, Clone)]
pub(crate) enum AnswerBody {
    /// The whole body at once.
    Full(Bytes),
    /// Parts sent one after another, each after its delay.
    Parts(Vec<(Duration, Bytes)>),
}

impl Answer {
    pub(crate) fn new(status: u16, content_type: Option<&'static str>, body: Bytes) -> Answer {
        Answer {
            status,
            content_type,
            delay: None,
            body: AnswerBody::Full(body),
        }
    }
}

/// What answers each request (the mock's dispatcher).
pub(crate) type Handler = Arc<dyn Fn(Received) -> Answer + Send + Sync>;

/// A running server; dropping it stops it and closes its connections.
#[derive(Debug)]
pub(crate) struct Server {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Binds a free port on 127.0.0.1 and serves `handler` on a new thread.
    pub(crate) fn start(handler: Handler) -> io::Result<Server> {
        let listener = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (shutdown, stopped) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name(format!("zadig-mock {addr}"))
            .spawn(move || runtime.block_on(serve(listener, handler, stopped)))?;
        Ok(Server {
            addr,
            shutdown: Some(shutdown),
            thread: Some(thread),
        })
    }

    /// `http://127.0.0.1:PORT`.
    pub(crate) fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            // The thread may have ended already (it could not accept): nothing to stop then.
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            // A panic in the server thread is a bug in this crate; the test that dropped the
            // mock has its own result to report, so do not turn it into a second panic.
            let _ = thread.join();
        }
    }
}

/// Accepts connections until told to stop; the runtime's end then drops every connection.
async fn serve(listener: std::net::TcpListener, handler: Handler, mut stop: oneshot::Receiver<()>) {
    let Ok(listener) = TcpListener::from_std(listener) else {
        return;
    };
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => return,
            accepted = listener.accept() => accepted,
        };
        // A failed accept (the peer went away, out of file handles for a moment) loses that
        // connection only.
        let Ok((stream, _)) = accepted else {
            continue;
        };
        let handler = Arc::clone(&handler);
        tokio::spawn(async move {
            let service = service_fn(move |request| answer(Arc::clone(&handler), request));
            // A connection the client drops mid-request ends here; the dispatcher has already
            // recorded whatever it received.
            let _ = http1::Builder::new()
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

type Body = UnsyncBoxBody<Bytes, Infallible>;

async fn answer(
    handler: Handler,
    request: Request<Incoming>,
) -> Result<Response<Body>, Infallible> {
    let (parts, body) = request.into_parts();
    // A body cut off by the client is taken as what arrived of it: nothing.
    let body = body
        .collect()
        .await
        .map(|collected| collected.to_bytes())
        .unwrap_or_default();
    let received = Received {
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().unwrap_or_default().to_owned(),
        headers: parts
            .headers
            .iter()
            .map(|(name, value)| {
                let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                (name.as_str().to_owned(), value)
            })
            .collect(),
        body,
    };
    let answer = handler(received);
    if let Some(delay) = answer.delay {
        tokio::time::sleep(delay).await;
    }
    let body: Body = match answer.body {
        AnswerBody::Full(bytes) => Full::new(bytes).boxed_unsync(),
        AnswerBody::Parts(parts) => {
            let frames = futures_util::stream::iter(parts).then(|(delay, bytes)| async move {
                if !delay.is_zero() {
                    tokio::time::sleep(delay).await;
                }
                Ok::<_, Infallible>(Frame::data(bytes))
            });
            StreamBody::new(frames).boxed_unsync()
        }
    };
    let mut response = Response::new(body);
    *response.status_mut() =
        StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if let Some(content_type) = answer.content_type {
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    }
    Ok(response)
}
