//! The compute market's shared vocabulary: job ids, hardware classes and the worker signing key.
//! What the market tells reputation goes through [`crate::activity::Observer`].

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The key type of a GPU worker's off-chain signing key in the node's keystore: `atel`.
pub const ATEL_KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"atel");

/// The worker's off-chain signing key (sr25519), as an application key of type `atel`.
pub mod crypto {
	use super::ATEL_KEY_TYPE;
	use sp_runtime::app_crypto::{app_crypto, sr25519};
	app_crypto!(sr25519, ATEL_KEY_TYPE);
}

/// The public half of a worker's `atel` signing key, registered on chain.
pub type WorkerPublic = crypto::Public;
/// A signature by a worker's `atel` key.
pub type WorkerSignature = crypto::Signature;

/// Domain separator of an output commitment.
pub const OUTPUT_COMMITMENT_CONTEXT: &[u8] = b"atelier/output/v1";

/// What a receipt carries for the output of `job` whose hash (the reference service:
/// blake2-256 of the rendered file) is `output_hash`: a commitment bound to the job,
/// `blake2_256(SCALE(("atelier/output/v1", job, output_hash)))`. The output's hash itself stays
/// with the worker and the requester until a spot check or a mint opens the commitment, so that
/// a checker cannot agree with a receipt without computing the output.
pub fn output_commitment(job: JobId, output_hash: &sp_core::H256) -> sp_core::H256 {
	use sp_runtime::traits::Hash as _;
	sp_runtime::traits::BlakeTwo256::hash(&(OUTPUT_COMMITMENT_CONTEXT, job, output_hash).encode())
}

/// A compute job, numbered from zero in the order jobs were submitted.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct JobId(pub u64);

/// The class of hardware a job needs and a worker offers. Each class is its own market with
/// its own base fee, because an hour of a datacenter GPU and an hour of a CPU are different
/// goods.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum HardwareClass {
	/// General-purpose CPUs: small models, procedural generation.
	Cpu,
	/// Consumer GPUs (up to 24 GiB of memory).
	ConsumerGpu,
	/// Datacenter GPUs (40 GiB of memory and more).
	DatacenterGpu,
}

impl HardwareClass {
	/// Every class, in the order the market processes them.
	pub const ALL: [HardwareClass; 3] =
		[HardwareClass::Cpu, HardwareClass::ConsumerGpu, HardwareClass::DatacenterGpu];
}
