//! A minimal HTTP/1.1 client: one request a connection (`Connection: close`), the answer read to
//! its end, with a `Content-Length` or a chunked body. Plain `http://` only: the node's RPC and
//! the inference service run beside the operator, on loopback or a private network.

use std::{
	io::{Read, Write},
	net::TcpStream,
	time::Duration,
};

/// The most bytes of an answer read (a rendered PNG of 512² pixels is 0.8 MB).
const MAX_ANSWER: u64 = 16 * 1024 * 1024;

/// Where to send requests: `http://host:port/base`.
#[derive(Clone, Debug)]
pub struct Url {
	host: String,
	port: u16,
	base: String,
}

impl Url {
	/// Parses `http://host[:port][/base]`.
	pub fn parse(url: &str) -> Result<Self, String> {
		let rest = url
			.strip_prefix("http://")
			.ok_or_else(|| format!("{url}: only http:// endpoints are supported"))?;
		let (authority, base) = match rest.find('/') {
			Some(i) => rest.split_at(i),
			None => (rest, ""),
		};
		let (host, port) = match authority.rsplit_once(':') {
			Some((host, port)) => {
				(host, port.parse::<u16>().map_err(|_| format!("{url}: not a port: {port}"))?)
			},
			None => (authority, 80),
		};
		if host.is_empty() {
			return Err(format!("{url}: no host"));
		}
		Ok(Self { host: host.to_string(), port, base: base.trim_end_matches('/').to_string() })
	}
}

/// An answer: its status and body.
pub struct Reply {
	/// The status code.
	pub status: u16,
	/// The body, de-chunked.
	pub body: Vec<u8>,
}

/// Sends `method path` to `url` with `headers` and `body` (JSON when given), and reads the
/// answer within `timeout`.
pub fn request(
	url: &Url,
	method: &str,
	path: &str,
	headers: &[(&str, &str)],
	body: Option<&[u8]>,
	timeout: Duration,
) -> Result<Reply, String> {
	let address = format!("{}:{}", url.host, url.port);
	let mut stream =
		TcpStream::connect(&address).map_err(|e| format!("cannot connect to {address}: {e}"))?;
	stream.set_read_timeout(Some(timeout)).map_err(|e| e.to_string())?;
	stream.set_write_timeout(Some(timeout)).map_err(|e| e.to_string())?;
	let target = format!("{}{path}", url.base);
	let target = if target.is_empty() { "/" } else { target.as_str() };
	let mut head = format!(
		"{method} {target} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nAccept: */*\r\n"
	);
	for (name, value) in headers {
		head.push_str(&format!("{name}: {value}\r\n"));
	}
	if let Some(body) = body {
		head.push_str(&format!(
			"Content-Type: application/json\r\nContent-Length: {}\r\n",
			body.len()
		));
	}
	head.push_str("\r\n");
	stream.write_all(head.as_bytes()).map_err(|e| format!("{address}: {e}"))?;
	if let Some(body) = body {
		stream.write_all(body).map_err(|e| format!("{address}: {e}"))?;
	}
	let mut raw = Vec::new();
	stream
		.take(MAX_ANSWER)
		.read_to_end(&mut raw)
		.map_err(|e| format!("{address}: reading the answer: {e}"))?;
	parse_answer(&raw).map_err(|e| format!("{address}{path}: {e}"))
}

/// Splits a raw answer into its status and body.
fn parse_answer(raw: &[u8]) -> Result<Reply, String> {
	let split = raw
		.windows(4)
		.position(|w| w == b"\r\n\r\n")
		.ok_or("an answer without the end of its headers")?;
	let (head, rest) = raw.split_at(split);
	let body = rest.get(4..).unwrap_or_default();
	let head = String::from_utf8_lossy(head);
	let mut lines = head.lines();
	let status = lines
		.next()
		.and_then(|line| line.split_whitespace().nth(1))
		.and_then(|code| code.parse::<u16>().ok())
		.ok_or("an answer without a status")?;
	let mut chunked = false;
	let mut length = None;
	for line in lines {
		let Some((name, value)) = line.split_once(':') else { continue };
		let (name, value) = (name.trim().to_ascii_lowercase(), value.trim());
		if name == "transfer-encoding" && value.eq_ignore_ascii_case("chunked") {
			chunked = true;
		} else if name == "content-length" {
			length = value.parse::<usize>().ok();
		}
	}
	let body = if chunked {
		dechunk(body)?
	} else if let Some(length) = length {
		body.get(..length).ok_or("a body shorter than its Content-Length")?.to_vec()
	} else {
		body.to_vec()
	};
	Ok(Reply { status, body })
}

/// A chunked body's data.
fn dechunk(mut body: &[u8]) -> Result<Vec<u8>, String> {
	let mut out = Vec::new();
	loop {
		let end = body.windows(2).position(|w| w == b"\r\n").ok_or("a chunk without its size")?;
		let (size, rest) = body.split_at(end);
		let size = String::from_utf8_lossy(size);
		let size = size.split(';').next().unwrap_or_default().trim();
		let size =
			usize::from_str_radix(size, 16).map_err(|_| format!("a bad chunk size {size}"))?;
		let rest = rest.get(2..).unwrap_or_default();
		if size == 0 {
			return Ok(out);
		}
		out.extend_from_slice(rest.get(..size).ok_or("a chunk shorter than its size")?);
		body = rest.get(size + 2..).unwrap_or_default();
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn urls_parse() {
		let url = Url::parse("http://127.0.0.1:9944/").unwrap();
		assert_eq!((url.host.as_str(), url.port, url.base.as_str()), ("127.0.0.1", 9944, ""));
		let url = Url::parse("http://oracle.local/api").unwrap();
		assert_eq!((url.port, url.base.as_str()), (80, "/api"));
		assert!(Url::parse("https://x").is_err());
		assert!(Url::parse("http://:80").is_err());
	}

	#[test]
	fn answers_parse_with_a_length_or_chunks() {
		let reply = parse_answer(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA").unwrap();
		assert_eq!((reply.status, reply.body.as_slice()), (200, &b"ok"[..]));
		let chunked = b"HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
		let reply = parse_answer(chunked).unwrap();
		assert_eq!((reply.status, reply.body.as_slice()), (404, &b"abcde"[..]));
		assert!(parse_answer(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nshort").is_err());
	}
}
