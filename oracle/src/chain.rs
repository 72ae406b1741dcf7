//! The chain over JSON-RPC: blocks, storage read with the runtime's own types, and extrinsics
//! signed with the standard transaction extensions (what polkadot.js signs).

use atelier_oracle_eval::{
	eval::{from_hex, to_hex},
	http::{request, Url},
};
use atelier_runtime::{RuntimeCall, SignedPayload, TxExtension, UncheckedExtrinsic};
use codec::{Decode, Encode};
use sp_core::{crypto::Ss58Codec, sr25519, Pair, H256};
use sp_runtime::{generic::Era, AccountId32, MultiAddress, MultiSignature};
use std::time::Duration;

/// A node's JSON-RPC endpoint.
pub struct Chain {
	url: Url,
	/// The chain's genesis hash (transactions are signed for it).
	pub genesis: H256,
}

fn hash_of(value: &serde_json::Value) -> Result<H256, String> {
	let bytes = from_hex(value.as_str().ok_or_else(|| format!("not a hash: {value}"))?)?;
	if bytes.len() != 32 {
		return Err(format!("not a hash: {value}"));
	}
	Ok(H256::from_slice(&bytes))
}

impl Chain {
	/// Connects to `url` and reads the genesis hash.
	pub fn connect(url: &str) -> Result<Self, String> {
		let url = Url::parse(url)?;
		let mut chain = Self { url, genesis: H256::zero() };
		chain.genesis = hash_of(&chain.call("chain_getBlockHash", serde_json::json!([0]))?)?;
		Ok(chain)
	}

	/// Calls `method` with `params`; the result, or the error object as text.
	pub fn call(
		&self,
		method: &str,
		params: serde_json::Value,
	) -> Result<serde_json::Value, String> {
		let body =
			serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params});
		let body = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
		let reply = request(&self.url, "POST", "", &[], Some(&body), Duration::from_secs(30))?;
		let mut answer: serde_json::Value = serde_json::from_slice(&reply.body)
			.map_err(|e| format!("{method}: not JSON ({e}), status {}", reply.status))?;
		if let Some(error) = answer.get("error") {
			return Err(format!("{method}: {error}"));
		}
		Ok(answer.get_mut("result").map(serde_json::Value::take).unwrap_or_default())
	}

	/// The best block's number and hash.
	pub fn best(&self) -> Result<(u32, H256), String> {
		let header = self.call("chain_getHeader", serde_json::json!([]))?;
		let number = header
			.get("number")
			.and_then(|n| n.as_str())
			.and_then(|n| u32::from_str_radix(n.trim_start_matches("0x"), 16).ok())
			.ok_or_else(|| format!("a header without a number: {header}"))?;
		Ok((number, self.block_hash(number)?))
	}

	/// The hash of block `number` on the best chain.
	pub fn block_hash(&self, number: u32) -> Result<H256, String> {
		hash_of(&self.call("chain_getBlockHash", serde_json::json!([number]))?)
	}

	/// The value at `key` in the state of block `at`, decoded.
	pub fn storage<T: Decode>(&self, key: &[u8], at: H256) -> Result<Option<T>, String> {
		let value =
			self.call("state_getStorage", serde_json::json!([to_hex(key), to_hex(&at.0)]))?;
		let Some(text) = value.as_str() else { return Ok(None) };
		let bytes = from_hex(text)?;
		T::decode(&mut bytes.as_slice())
			.map(Some)
			.map_err(|e| format!("undecodable storage: {e}"))
	}

	/// Signs `call` by `signer` with its next nonce and submits it; returns its hash.
	pub fn submit(&self, signer: &sr25519::Pair, call: RuntimeCall) -> Result<H256, String> {
		let who = AccountId32::from(signer.public());
		let nonce = self
			.call("system_accountNextIndex", serde_json::json!([who.to_ss58check()]))?
			.as_u64()
			.and_then(|n| u32::try_from(n).ok())
			.ok_or("no nonce")?;
		let version = self.call("state_getRuntimeVersion", serde_json::json!([]))?;
		let number = |field: &str| {
			version
				.get(field)
				.and_then(serde_json::Value::as_u64)
				.and_then(|v| u32::try_from(v).ok())
				.ok_or_else(|| format!("the runtime version has no {field}"))
		};
		let (spec, transaction) = (number("specVersion")?, number("transactionVersion")?);
		let extension: TxExtension = (
			frame_system::CheckNonZeroSender::new(),
			frame_system::CheckSpecVersion::new(),
			frame_system::CheckTxVersion::new(),
			frame_system::CheckGenesis::new(),
			frame_system::CheckEra::from(Era::Immortal),
			frame_system::CheckNonce::from(nonce),
			frame_system::CheckWeight::new(),
			pallet_transaction_payment::ChargeTransactionPayment::from(0),
			frame_metadata_hash_extension::CheckMetadataHash::new(false),
		);
		// What each extension signs beyond itself, as the chain's runtime (not this binary's)
		// has it: its versions and genesis, an immortal era's genesis, no metadata hash.
		let implicit = ((), spec, transaction, self.genesis, self.genesis, (), (), (), None);
		let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
		let signature = payload.using_encoded(|bytes| signer.sign(bytes));
		let extrinsic = UncheckedExtrinsic::new_signed(
			call,
			MultiAddress::Id(who),
			MultiSignature::Sr25519(signature),
			extension,
		);
		hash_of(
			&self
				.call("author_submitExtrinsic", serde_json::json!([to_hex(&extrinsic.encode())]))?,
		)
	}
}
