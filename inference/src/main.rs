//! `atelier-inference`: the reference inference service of an Atelier GPU worker.
//!
//! The worker's node (`atelier-node --offchain-worker always --inference-endpoint URL`) posts
//! each job assigned to its `atel` key here and signs the answer into a receipt. This service
//! does real generative work on the CPU: it renders a deterministic design from the job's seed
//! (see [`render`]), stores it as a PNG, and answers with its blake2-256 hash and the compute
//! units it counted. GPU operators replace it with their own service behind the same contract
//! (docs/inference-service.md):
//!
//! - `POST /v1/jobs` `{"job", "model", "class", "input_commitment", "max_units"}` →
//!   `200 {"output_hash", "units_used", "width", "height", "file"}`; `400` for a malformed
//!   request; `422 {"error", "reason": "too_small", "min_units"}` when no design fits
//!   `max_units` (the node then refuses the job on chain, which narrows the worker's declared
//!   job sizes to `min_units` and up, and slashes no one).
//! - `GET /v1/sizes` → `{"min_units", "max_units"}`: the job sizes to declare at registration
//!   (`max_units` is `null`: a larger job gets the largest design).
//! - `GET /v1/outputs/<hash>.png` → the stored design, by its hash (`0x…` or bare hex).
//! - `GET /v1/jobs/<job>` → the answer given for job `<job>` (`404` if none): how the requester
//!   learns its output's hash, which the receipt only commits to (`output_commitment(job,
//!   hash)` on chain). Guarded by the bearer token like `POST /v1/jobs` when one is set: a
//!   checker that could read it would agree with the receipt without running the model.
//! - `GET /health` → `200 ok`.
//!
//! With a token (`ATELIER_INFERENCE_TOKEN` in its environment, or `--token`), `POST /v1/jobs`
//! answers `401` unless the request carries `Authorization: Bearer <token>`; the node sends it
//! when started with the same token.
//!
//! `--lie-rate F` (0 to 1) makes it a dishonest worker's service, for tests and for operators
//! who want to watch spot checks catch one: for a fraction `F` of jobs (chosen by the job's
//! seed, so the same job is always answered the same way) it renders nothing and answers the
//! hash of noise, as a worker that sells cheap noise for inference would.

mod http;
mod render;

use std::{
	fs,
	net::TcpListener,
	path::{Path, PathBuf},
	sync::Arc,
};

use clap::Parser;
use serde::{Deserialize, Serialize};

/// The service's command line.
#[derive(Debug, Parser)]
#[command(name = "atelier-inference", version, about)]
struct Args {
	/// Address to listen on.
	#[arg(long, default_value = "127.0.0.1:8090")]
	listen: String,
	/// Directory the rendered designs are stored in.
	#[arg(long, default_value = "./inference-outputs")]
	out_dir: PathBuf,
	/// A bearer token jobs must carry (prefer `ATELIER_INFERENCE_TOKEN`: other local users can
	/// read a command line).
	#[arg(long)]
	token: Option<String>,
	/// The fraction of jobs (0 to 1) answered with noise instead of the design: a dishonest
	/// service, to see spot checks catch it. 0 (honest) by default.
	#[arg(long, default_value_t = 0.0, value_parser = lie_rate)]
	lie_rate: f64,
}

/// Parses a fraction of jobs within 0 and 1.
fn lie_rate(text: &str) -> Result<f64, String> {
	let rate: f64 = text.parse().map_err(|e| format!("{e}"))?;
	(0.0..=1.0)
		.contains(&rate)
		.then_some(rate)
		.ok_or_else(|| "a fraction in 0..=1".into())
}

/// Whether the service lies about the job of `seed` at `rate`: the seed's own hash decides, so
/// every run answers the job the same way.
fn lies(seed: &[u8; 32], rate: f64) -> bool {
	if rate <= 0.0 {
		return false;
	}
	let mut input = seed.to_vec();
	input.extend_from_slice(b"lie");
	let digest = sp_crypto_hashing::blake2_256(&input);
	let mut first = [0u8; 8];
	first.copy_from_slice(&digest[..8]);
	(u64::from_le_bytes(first) as f64) < rate * (u64::MAX as f64)
}

/// A job, as the off-chain worker posts it.
#[derive(Debug, Deserialize)]
struct JobRequest {
	job: u64,
	model: u32,
	class: String,
	input_commitment: String,
	max_units: u64,
}

/// The answer the off-chain worker signs into a receipt.
#[derive(Debug, Serialize)]
struct JobResponse {
	output_hash: String,
	units_used: u64,
	width: u32,
	height: u32,
	file: String,
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn parse_commitment(text: &str) -> Option<[u8; 32]> {
	let digits = text.strip_prefix("0x").unwrap_or(text);
	if digits.len() != 64 {
		return None;
	}
	let mut out = [0u8; 32];
	for (i, slot) in out.iter_mut().enumerate() {
		*slot = u8::from_str_radix(digits.get(i * 2..i * 2 + 2)?, 16).ok()?;
	}
	Some(out)
}

/// Runs one job: the seed binds the input commitment, the model and the job id, so two jobs
/// never share an output by accident, and anyone holding the three can re-render it.
fn run_job(request: &JobRequest, out_dir: &Path, lie_rate: f64) -> http::Response {
	let Some(commitment) = parse_commitment(&request.input_commitment) else {
		return http::Response::json(
			400,
			&serde_json::json!({
				"error": "input_commitment must be 32 bytes of 0x-hex"
			}),
		);
	};
	let mut seed_input = commitment.to_vec();
	seed_input.extend_from_slice(&request.model.to_le_bytes());
	seed_input.extend_from_slice(&request.job.to_le_bytes());
	let seed = sp_crypto_hashing::blake2_256(&seed_input);
	if lies(&seed, lie_rate) {
		if let Some(side) = render::side_for(request.max_units) {
			let mut noise = seed.to_vec();
			noise.extend_from_slice(b"noise");
			let hash = hex(&sp_crypto_hashing::blake2_256(&noise));
			eprintln!("job {}: answered with noise (--lie-rate), 0x{}", request.job, hash);
			let answer = JobResponse {
				output_hash: format!("0x{hash}"),
				units_used: render::units_for(side),
				width: side,
				height: side,
				file: String::new(),
			};
			if let Err(e) = remember(out_dir, request.job, &answer) {
				return http::Response::json(500, &serde_json::json!({ "error": e.to_string() }));
			}
			return http::Response::json(200, &answer);
		}
	}
	let Some(design) = render::render(seed, request.max_units) else {
		return http::Response::json(
			422,
			&serde_json::json!({
				"error": format!(
					"max_units {} is below the smallest design ({} units)",
					request.max_units,
					render::min_units()
				),
				"reason": "too_small",
				"min_units": render::min_units(),
			}),
		);
	};
	let png = render::png(design.side, &design.pixels);
	let hash = hex(&sp_crypto_hashing::blake2_256(&png));
	let file = out_dir.join(format!("{hash}.png"));
	if let Err(e) = write_atomically(&file, &png) {
		return http::Response::json(500, &serde_json::json!({ "error": e.to_string() }));
	}
	let answer = JobResponse {
		output_hash: format!("0x{hash}"),
		units_used: design.units,
		width: design.side,
		height: design.side,
		file: file.display().to_string(),
	};
	if let Err(e) = remember(out_dir, request.job, &answer) {
		return http::Response::json(500, &serde_json::json!({ "error": e.to_string() }));
	}
	eprintln!(
		"job {} (model {}, {}): {}x{} design, {} units, 0x{}",
		request.job, request.model, request.class, design.side, design.side, design.units, hash
	);
	http::Response::json(200, &answer)
}

/// Keeps the answer to `job` (`<out_dir>/jobs/<job>.json`), for `GET /v1/jobs/<job>`.
fn remember(out_dir: &Path, job: u64, answer: &JobResponse) -> std::io::Result<()> {
	let dir = out_dir.join("jobs");
	fs::create_dir_all(&dir)?;
	write_atomically(&dir.join(format!("{job}.json")), &serde_json::to_vec(answer)?)
}

/// Writes `bytes` to `path` so that a reader sees the whole file or none of it, never a part:
/// requests for the same design arrive at once (oracle operators evaluating the same prompt,
/// checkers re-running a job), and a plain write truncates the file another request is reading.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
	use std::sync::atomic::{AtomicU64, Ordering};
	static NEXT: AtomicU64 = AtomicU64::new(0);
	let n = NEXT.fetch_add(1, Ordering::Relaxed);
	let temporary = path.with_extension(format!("{}.{n}.tmp", std::process::id()));
	fs::write(&temporary, bytes)?;
	fs::rename(&temporary, path)
}

/// Whether `authorization` carries `token` as a bearer token (compared in constant time).
fn authorized(authorization: Option<&str>, token: &str) -> bool {
	let Some(given) = authorization.and_then(|value| value.strip_prefix("Bearer ")) else {
		return false;
	};
	given.len() == token.len()
		&& given.bytes().zip(token.bytes()).fold(0u8, |diff, (a, b)| diff | (a ^ b)) == 0
}

fn handle(
	request: http::Request,
	out_dir: &Path,
	token: Option<&str>,
	lie_rate: f64,
) -> http::Response {
	match (request.method.as_str(), request.path.as_str()) {
		("GET", "/health") => http::Response::text(200, "ok"),
		("GET", "/v1/sizes") => http::Response::json(
			200,
			&serde_json::json!({ "min_units": render::min_units(), "max_units": null }),
		),
		("POST", "/v1/jobs")
			if token.is_some_and(|token| !authorized(request.authorization.as_deref(), token)) =>
		{
			http::Response::json(401, &serde_json::json!({ "error": "a bearer token is required" }))
		},
		("GET", path)
			if path.starts_with("/v1/jobs/")
				&& token
					.is_some_and(|token| !authorized(request.authorization.as_deref(), token)) =>
		{
			http::Response::json(401, &serde_json::json!({ "error": "a bearer token is required" }))
		},
		("GET", path) if path.starts_with("/v1/jobs/") => {
			let id = &path["/v1/jobs/".len()..];
			match id
				.parse::<u64>()
				.ok()
				.map(|id| fs::read(out_dir.join("jobs").join(format!("{id}.json"))))
			{
				Some(Ok(bytes)) => http::Response::new(200, "application/json", bytes),
				_ => http::Response::text(404, "no answer for that job"),
			}
		},
		("POST", "/v1/jobs") => match serde_json::from_slice::<JobRequest>(&request.body) {
			Ok(job) => run_job(&job, out_dir, lie_rate),
			Err(e) => http::Response::json(400, &serde_json::json!({ "error": e.to_string() })),
		},
		("GET", path) if path.starts_with("/v1/outputs/") => {
			let name = &path["/v1/outputs/".len()..];
			// The hash as a receipt carries it (0x…) names the same file as the bare hex.
			let name = name.strip_prefix("0x").unwrap_or(name);
			let valid = name.len() == 68
				&& name.ends_with(".png")
				&& name[..64].bytes().all(|b| b.is_ascii_hexdigit());
			match valid.then(|| fs::read(out_dir.join(name))) {
				Some(Ok(bytes)) => http::Response::new(200, "image/png", bytes),
				_ => http::Response::text(404, "no such output"),
			}
		},
		_ => http::Response::text(404, "not found"),
	}
}

fn main() -> std::io::Result<()> {
	let args = Args::parse();
	fs::create_dir_all(&args.out_dir)?;
	let listener = TcpListener::bind(&args.listen)?;
	eprintln!(
		"atelier-inference listening on http://{} (outputs in {})",
		listener.local_addr()?,
		args.out_dir.display()
	);
	let token: Option<Arc<str>> = args
		.token
		.or_else(|| std::env::var("ATELIER_INFERENCE_TOKEN").ok())
		.filter(|token| !token.is_empty())
		.map(Arc::from);
	if token.is_some() {
		eprintln!("atelier-inference: jobs must carry the bearer token");
	}
	let lie_rate = args.lie_rate;
	if lie_rate > 0.0 {
		eprintln!("atelier-inference: DISHONEST: answers {lie_rate} of jobs with noise");
	}
	let out_dir = Arc::new(args.out_dir);
	for stream in listener.incoming() {
		let Ok(stream) = stream else { continue };
		let (out_dir, token) = (out_dir.clone(), token.clone());
		std::thread::spawn(move || {
			http::serve(stream, |request| handle(request, &out_dir, token.as_deref(), lie_rate))
		});
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	fn request(
		method: &str,
		path: &str,
		authorization: Option<&str>,
		body: &[u8],
	) -> http::Request {
		http::Request {
			method: method.into(),
			path: path.into(),
			authorization: authorization.map(String::from),
			body: body.to_vec(),
		}
	}

	fn status(response: &http::Response) -> u16 {
		response.status()
	}

	#[test]
	fn jobs_need_the_bearer_token_when_one_is_set() {
		let dir = std::env::temp_dir().join(format!("atelier-inference-{}", std::process::id()));
		fs::create_dir_all(&dir).unwrap();
		let body = br#"{"job":1,"model":0,"class":"Cpu","input_commitment":"0x0101010101010101010101010101010101010101010101010101010101010101","max_units":100000}"#;
		let token = Some("s3cret");
		for auth in [None, Some("Bearer wrong!"), Some("Bearer s3cre"), Some("s3cret")] {
			let response = handle(request("POST", "/v1/jobs", auth, body), &dir, token, 0.0);
			assert_eq!(status(&response), 401, "{auth:?}");
		}
		let response =
			handle(request("POST", "/v1/jobs", Some("Bearer s3cret"), body), &dir, token, 0.0);
		assert_eq!(status(&response), 200);
		// The job's answer is the token holder's too.
		let answer =
			|auth| status(&handle(request("GET", "/v1/jobs/1", auth, b""), &dir, token, 0.0));
		assert_eq!(answer(None), 401);
		assert_eq!(answer(Some("Bearer s3cret")), 200);
		let unknown = request("GET", "/v1/jobs/2", Some("Bearer s3cret"), b"");
		assert_eq!(status(&handle(unknown, &dir, token, 0.0)), 404);
		// Without a token set, no header is needed.
		assert_eq!(status(&handle(request("POST", "/v1/jobs", None, body), &dir, None, 0.0)), 200);
		fs::remove_dir_all(&dir).unwrap();
	}

	#[test]
	fn outputs_are_served_under_the_hash_as_the_receipt_carries_it() {
		let dir = std::env::temp_dir().join(format!("atelier-outputs-{}", std::process::id()));
		fs::create_dir_all(&dir).unwrap();
		let hex = "ab".repeat(32);
		fs::write(dir.join(format!("{hex}.png")), b"png").unwrap();
		for path in [format!("/v1/outputs/0x{hex}.png"), format!("/v1/outputs/{hex}.png")] {
			assert_eq!(
				status(&handle(request("GET", &path, None, b""), &dir, None, 0.0)),
				200,
				"{path}"
			);
		}
		let missing = format!("/v1/outputs/0x{}.png", "cd".repeat(32));
		assert_eq!(status(&handle(request("GET", &missing, None, b""), &dir, None, 0.0)), 404);
		let traversal = "/v1/outputs/0x../../etc/passwd";
		assert_eq!(status(&handle(request("GET", traversal, None, b""), &dir, None, 0.0)), 404);
		fs::remove_dir_all(&dir).unwrap();
	}

	#[test]
	fn a_job_below_the_smallest_design_is_refused_with_its_bound_and_the_sizes_are_published() {
		let dir = std::env::temp_dir().join(format!("atelier-sizes-{}", std::process::id()));
		fs::create_dir_all(&dir).unwrap();
		let job = |units: u64| {
			format!(
				r#"{{"job":1,"model":0,"class":"Cpu","input_commitment":"0x{}","max_units":{units}}}"#,
				"01".repeat(32)
			)
		};
		let refused =
			handle(request("POST", "/v1/jobs", None, job(47).as_bytes()), &dir, None, 0.0);
		assert_eq!(status(&refused), 422);
		let body: serde_json::Value = serde_json::from_slice(refused.body()).unwrap();
		assert_eq!(body["reason"], "too_small");
		assert_eq!(body["min_units"], 48);
		let served = handle(request("POST", "/v1/jobs", None, job(48).as_bytes()), &dir, None, 0.0);
		assert_eq!(status(&served), 200);
		let sizes = handle(request("GET", "/v1/sizes", None, b""), &dir, None, 0.0);
		let sizes: serde_json::Value = serde_json::from_slice(sizes.body()).unwrap();
		assert_eq!(sizes, serde_json::json!({ "min_units": 48, "max_units": null }));
		fs::remove_dir_all(&dir).unwrap();
	}

	#[test]
	fn a_lying_service_answers_the_same_jobs_with_noise_every_time() {
		let dir = std::env::temp_dir().join(format!("atelier-lies-{}", std::process::id()));
		fs::create_dir_all(&dir).unwrap();
		let job = |id: u64| {
			format!(
				r#"{{"job":{id},"model":0,"class":"Cpu","input_commitment":"0x{}","max_units":48}}"#,
				"01".repeat(32)
			)
		};
		let hash = |id: u64, rate: f64| {
			let response =
				handle(request("POST", "/v1/jobs", None, job(id).as_bytes()), &dir, None, rate);
			assert_eq!(status(&response), 200);
			let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
			(body["output_hash"].as_str().unwrap().to_string(), body["units_used"].clone())
		};
		let mut lied = 0;
		for id in 0..200 {
			let (honest, units) = hash(id, 0.0);
			let (answer, lying_units) = hash(id, 0.5);
			// The same answer each time, the units as the design's.
			assert_eq!(hash(id, 0.5).0, answer);
			assert_eq!(units, lying_units);
			if answer != honest {
				lied += 1;
			}
			// Always or never.
			assert_ne!(hash(id, 1.0).0, honest);
			assert_eq!(hash(id, 0.0).0, honest);
		}
		// About half, within the binomial's reach (200 jobs: σ ≈ 7).
		assert!((70..=130).contains(&lied), "{lied} of 200");
		fs::remove_dir_all(&dir).unwrap();
	}

	/// Requests for the same design write its file at once while others read it: a reader sees
	/// the whole file every time.
	#[test]
	fn concurrent_writes_of_a_design_are_never_read_half_written() {
		let dir = std::env::temp_dir().join(format!("atelier-atomic-{}", std::process::id()));
		fs::create_dir_all(&dir).unwrap();
		let path = dir.join("design.png");
		let bytes = vec![7u8; 256 * 1024];
		write_atomically(&path, &bytes).unwrap();
		std::thread::scope(|scope| {
			for _ in 0..4 {
				scope.spawn(|| {
					for _ in 0..50 {
						write_atomically(&path, &bytes).unwrap();
					}
				});
			}
			scope.spawn(|| {
				for _ in 0..200 {
					assert_eq!(fs::read(&path).unwrap().len(), bytes.len(), "a half-written file");
				}
			});
		});
		fs::remove_dir_all(&dir).unwrap();
	}

	#[test]
	fn the_lie_rate_is_a_fraction() {
		assert_eq!(lie_rate("0.25"), Ok(0.25));
		assert!(lie_rate("1.5").is_err());
		assert!(lie_rate("-0.1").is_err());
		assert!(lie_rate("half").is_err());
	}
}
