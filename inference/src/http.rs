//! A minimal HTTP/1.1 server: one request per connection, `Content-Length` or chunked bodies
//! (the node's off-chain HTTP client streams its bodies chunked).

use std::{
	io::{BufRead, BufReader, Read, Write},
	net::TcpStream,
	time::Duration,
};

/// The most body bytes accepted.
const MAX_BODY: usize = 64 * 1024;

/// A parsed request.
pub struct Request {
	pub method: String,
	pub path: String,
	/// The `Authorization` header, if any.
	pub authorization: Option<String>,
	pub body: Vec<u8>,
}

/// A response to send.
pub struct Response {
	status: u16,
	content_type: &'static str,
	body: Vec<u8>,
}

impl Response {
	pub fn new(status: u16, content_type: &'static str, body: Vec<u8>) -> Self {
		Self { status, content_type, body }
	}
	/// The status code.
	#[cfg(test)]
	pub fn status(&self) -> u16 {
		self.status
	}
	#[cfg(test)]
	pub fn body(&self) -> &[u8] {
		&self.body
	}
	pub fn text(status: u16, text: &str) -> Self {
		Self::new(status, "text/plain", text.as_bytes().to_vec())
	}
	pub fn json(status: u16, value: &impl serde::Serialize) -> Self {
		let body = serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec());
		Self::new(status, "application/json", body)
	}
}

fn reason(status: u16) -> &'static str {
	match status {
		200 => "OK",
		400 => "Bad Request",
		401 => "Unauthorized",
		404 => "Not Found",
		413 => "Payload Too Large",
		422 => "Unprocessable Entity",
		_ => "Internal Server Error",
	}
}

fn read_request(reader: &mut BufReader<&TcpStream>) -> Result<Request, String> {
	let mut line = String::new();
	reader.read_line(&mut line).map_err(|e| e.to_string())?;
	let mut parts = line.split_whitespace();
	let method = parts.next().ok_or("empty request")?.to_string();
	let path = parts.next().ok_or("no path")?.to_string();
	let (mut length, mut chunked, mut authorization) = (0usize, false, None);
	loop {
		let mut header = String::new();
		reader.read_line(&mut header).map_err(|e| e.to_string())?;
		let header = header.trim_end();
		if header.is_empty() {
			break;
		}
		if let Some((name, value)) = header.split_once(':') {
			let (name, value) = (name.trim().to_ascii_lowercase(), value.trim());
			if name == "content-length" {
				length = value.parse().map_err(|_| "bad content-length")?;
			} else if name == "transfer-encoding" && value.eq_ignore_ascii_case("chunked") {
				chunked = true;
			} else if name == "authorization" {
				authorization = Some(value.to_string());
			}
		}
	}
	let mut body = Vec::new();
	if chunked {
		loop {
			let mut size = String::new();
			reader.read_line(&mut size).map_err(|e| e.to_string())?;
			let size = usize::from_str_radix(size.trim().split(';').next().unwrap_or(""), 16)
				.map_err(|_| "bad chunk size")?;
			if body.len() + size > MAX_BODY {
				return Err("body too large".into());
			}
			let mut chunk = vec![0; size + 2];
			reader.read_exact(&mut chunk).map_err(|e| e.to_string())?;
			if size == 0 {
				break;
			}
			body.extend_from_slice(&chunk[..size]);
		}
	} else {
		if length > MAX_BODY {
			return Err("body too large".into());
		}
		body.resize(length, 0);
		reader.read_exact(&mut body).map_err(|e| e.to_string())?;
	}
	Ok(Request { method, path, authorization, body })
}

/// Serves one connection with `handler`.
pub fn serve(stream: TcpStream, handler: impl FnOnce(Request) -> Response) {
	let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
	let mut reader = BufReader::new(&stream);
	let response = match read_request(&mut reader) {
		Ok(request) => handler(request),
		Err(e) => Response::text(400, &e),
	};
	let mut stream = &stream;
	let head = format!(
		"HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
		response.status,
		reason(response.status),
		response.content_type,
		response.body.len()
	);
	let _ = stream.write_all(head.as_bytes());
	let _ = stream.write_all(&response.body);
	let _ = stream.flush();
}
