//! Types shared by Atelier's runtime, pallets and node.
//!
//! Everything that two crates must agree on lives here: the account, balance and block types, the
//! native token's denomination, and (as the Atelier pallets land) the traits through which pallets
//! talk to each other. A pallet never reaches into another pallet; it asks through a trait in this
//! crate, and the runtime wires the implementation.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	MultiSignature,
};

/// A transaction signature: sr25519, ed25519 or ecdsa, as polkadot.js produces them.
pub type Signature = MultiSignature;

/// An account on Atelier: the public key of the transaction signing scheme (32 bytes).
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// An amount of the native token, in its smallest unit (see [`currency`]).
pub type Balance = u128;

/// A block number.
pub type BlockNumber = u32;

/// The number of transactions an account has sent.
pub type Nonce = u32;

/// A block or extrinsic hash.
pub type Hash = sp_core::H256;

/// Milliseconds since the Unix epoch.
pub type Moment = u64;

/// The id of a fungible asset in `pallet-assets` (the stablecoin among them).
pub type AssetId = u32;

/// The id of an NFT collection in `pallet-nfts`.
pub type CollectionId = u32;

/// The id of an NFT within its collection.
pub type ItemId = u32;

/// The native token's denomination.
pub mod currency {
	use super::Balance;

	/// The token's symbol, as wallets show it.
	pub const TOKEN_SYMBOL: &str = "ATL";
	/// Decimal places between the smallest unit and one token.
	pub const TOKEN_DECIMALS: u8 = 12;
	/// One token (10^12 smallest units).
	pub const UNIT: Balance = 1_000_000_000_000;
	/// One thousandth of a token.
	pub const MILLI_UNIT: Balance = 1_000_000_000;
	/// One millionth of a token.
	pub const MICRO_UNIT: Balance = 1_000_000;

	/// The least balance an account may hold: 0.001 ATL. See `docs/architecture.md` for why.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

	/// The deposit for keeping `items` storage entries of `bytes` bytes in all: 0.02 ATL an
	/// entry plus 0.0001 ATL a byte, so that state bloat is paid for by whoever causes it.
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		(items as Balance) * 20 * MILLI_UNIT + (bytes as Balance) * 100 * MICRO_UNIT
	}
}

/// The USD stablecoin, created at genesis by every preset.
pub mod stablecoin {
	use super::AssetId;

	/// Asset ids below this are the protocol's: only the force origin creates them, so no
	/// account can take the stablecoin's id on a chain whose genesis lacks it. Accounts create
	/// assets from this id on.
	pub const FIRST_PUBLIC_ASSET_ID: AssetId = 1_000;
	/// The pallet id whose keyless account owns the stablecoin and holds its issuer, admin and
	/// freezer roles: no key can sign for it, so no key can freeze, block or burn anyone's
	/// holdings; only the force origin can change the roles.
	pub const ISSUER_PALLET_ID: [u8; 8] = *b"atl/usdi";

	/// Its id in `pallet-assets`.
	pub const ASSET_ID: AssetId = 1;
	/// Its name.
	pub const NAME: &str = "Atelier Dollar";
	/// Its symbol.
	pub const SYMBOL: &str = "aUSD";
	/// Its decimals, as for most USD stablecoins.
	pub const DECIMALS: u8 = 6;
	/// One dollar in its smallest unit.
	pub const DOLLAR: u128 = 1_000_000;
	/// The least balance an account may hold: one cent.
	pub const MIN_BALANCE: u128 = DOLLAR / 100;
}

/// Block times.
pub mod time {
	use super::{BlockNumber, Moment};

	/// Target time between blocks. Aura slots have this length; it cannot change after genesis.
	pub const MILLISECS_PER_BLOCK: Moment = 6000;
	/// Aura's slot duration.
	pub const SLOT_DURATION: Moment = MILLISECS_PER_BLOCK;
	/// Blocks per minute.
	pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day.
	pub const DAYS: BlockNumber = HOURS * 24;
}

/// The compute market's shared vocabulary: ids, hardware classes, the worker signing key and the
/// traits through which the market asks about models and tells about workers.
pub mod compute {
	use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
	use scale_info::TypeInfo;
	use sp_runtime::{BoundedVec, Perbill};

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

	/// A model: the id of its NFT in the provenance pallet's models collection.
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
	pub struct ModelId(pub u32);

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

	/// What the compute market asks about models. The provenance pallet implements it; tests and
	/// the runtime (until provenance lands) use simpler implementations.
	pub trait ModelRegistry<AccountId> {
		/// The most accounts that share one model's licensing fee.
		type MaxLicensees: sp_core::Get<u32>;

		/// Whether the model exists.
		fn exists(model: &ModelId) -> bool;

		/// Whether the model may earn: jobs for models that may not are refused.
		fn is_monetizable(model: &ModelId) -> bool;

		/// Who shares the model's licensing fee, and in what proportions. Shares that add up to
		/// less than 100% leave the rest to the reserve; the market never pays out more than the
		/// licensing fee.
		fn licensees(model: &ModelId) -> BoundedVec<(AccountId, Perbill), Self::MaxLicensees>;
	}

	/// What the compute market tells others about workers (reputation, when it lands).
	pub trait ComputeObserver<AccountId> {
		/// A worker delivered a receipt for `units` compute units that settled.
		fn receipt_settled(worker: &AccountId, units: u64);
		/// A worker missed a job's deadline and was slashed.
		fn deadline_missed(worker: &AccountId);
	}

	impl<AccountId> ComputeObserver<AccountId> for () {
		fn receipt_settled(_: &AccountId, _: u64) {}
		fn deadline_missed(_: &AccountId) {}
	}
}

/// Provenance and royalties: the ids of datasets and outputs, the AI-use vocabulary of dataset
/// licences, and the traits through which provenance, royalties, the compute market and
/// attestation talk to each other.
pub mod provenance {
	use super::compute::{JobId, ModelId};
	use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
	use scale_info::TypeInfo;
	use sp_runtime::{DispatchResult, Perbill};

	/// A dataset: the id of its NFT in the provenance pallet's datasets collection.
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
	pub struct DatasetId(pub u32);

	/// A generated (or remixed) work: the id of its NFT in the outputs collection.
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
	pub struct OutputId(pub u32);

	/// What a dataset may be used for, in the C2PA/CAWG training-and-data-mining vocabulary.
	#[derive(
		Clone,
		Copy,
		PartialEq,
		Eq,
		Encode,
		Decode,
		DecodeWithMemTracking,
		MaxEncodedLen,
		TypeInfo,
		Debug,
		serde::Serialize,
		serde::Deserialize,
	)]
	pub enum Purpose {
		/// Training any model (`cawg.ai_training`).
		Training,
		/// Training a generative model (`cawg.ai_generative_training`): what a monetizable
		/// generative model needs from each of its datasets.
		GenerativeTraining,
		/// Use as input to inference (`cawg.ai_inference`).
		Inference,
	}

	/// Whether a use is permitted, in the C2PA/CAWG vocabulary.
	#[derive(
		Clone,
		Copy,
		PartialEq,
		Eq,
		Encode,
		Decode,
		DecodeWithMemTracking,
		MaxEncodedLen,
		TypeInfo,
		Debug,
		serde::Serialize,
		serde::Deserialize,
	)]
	pub enum Permission {
		/// Permitted without conditions (`allowed`).
		Allowed,
		/// Not permitted (`notAllowed`).
		NotAllowed,
		/// Permitted under conditions that an attestor must confirm (`constrained`).
		Constrained,
	}

	/// What the attestation pallet answers about datasets. Until it lands, the runtime uses a
	/// simpler rule (see `docs/pallets/provenance.md`).
	pub trait DatasetAttestation {
		/// Whether the dataset is attested and cleared for `purpose`.
		fn is_cleared(dataset: &DatasetId, purpose: Purpose) -> bool;
	}

	/// A settled inference receipt, as the compute market reports it to provenance.
	#[derive(Clone, PartialEq, Eq, Debug)]
	pub struct SettledReceipt<AccountId> {
		/// Who requested (and paid for) the job.
		pub requester: AccountId,
		/// The model that ran.
		pub model: ModelId,
		/// The hash of the output the worker delivered.
		pub output_hash: sp_core::H256,
	}

	/// What the compute market tells provenance about jobs.
	pub trait ComputeReceipts<AccountId> {
		/// The job's receipt, if the job settled and its record is still kept (the market keeps
		/// it until the challenge period ends).
		fn settled_receipt(job: &JobId) -> Option<SettledReceipt<AccountId>>;
	}

	impl<AccountId> ComputeReceipts<AccountId> for () {
		fn settled_receipt(_: &JobId) -> Option<SettledReceipt<AccountId>> {
			None
		}
	}

	/// What royalties asks provenance about outputs, and the one way an output's NFT moves.
	pub trait OutputRegistry<AccountId> {
		/// The output's current owner, if it exists.
		fn owner(output: &OutputId) -> Option<AccountId>;
		/// The model that generated the output.
		fn model(output: &OutputId) -> Option<ModelId>;
		/// Moves the output's NFT to `to`. Only royalties calls this, after the sale is paid:
		/// every other path that could move a provenance NFT is refused.
		fn transfer(output: &OutputId, to: &AccountId) -> DispatchResult;
	}

	/// What provenance tells royalties when an output is minted: its royalty policy.
	pub trait RoyaltyPolicies<AccountId> {
		/// Records the royalty policy of a new output: `creator_share` of every sale to its
		/// creator, and the protocol's shares up the lineage (the model's licensees and the
		/// `parents`' own lineages). Fails, and the mint with it, if the stack exceeds the cap.
		fn register(
			output: &OutputId,
			creator: &AccountId,
			model: &ModelId,
			parents: &[OutputId],
			creator_share: Perbill,
		) -> DispatchResult;
	}

	impl<AccountId> RoyaltyPolicies<AccountId> for () {
		fn register(
			_: &OutputId,
			_: &AccountId,
			_: &ModelId,
			_: &[OutputId],
			_: Perbill,
		) -> DispatchResult {
			Ok(())
		}
	}
}

/// The SS58 address prefix: the generic Substrate prefix, until Atelier registers its own in the
/// ss58-registry. Wallets read it from the chain's properties and metadata.
pub const SS58_PREFIX: u16 = 42;

/// Share arithmetic in parts per billion, shared by the pallets that flatten a lineage into a
/// bounded list of beneficiaries (a model's licensees, an output's royalty policy).
///
/// All of it rounds down: what rounding leaves unassigned is for the caller to route (on Atelier,
/// to the treasury reserve), never to someone outside the lineage.
pub mod shares {
	use alloc::{collections::BTreeMap, vec::Vec};
	use sp_runtime::{traits::Get, BoundedVec, Perbill};

	/// One whole, in parts per billion.
	pub const BILLION: u64 = 1_000_000_000;

	/// A share in parts per billion.
	pub fn parts(share: Perbill) -> u64 {
		u64::from(share.deconstruct())
	}

	/// `a × b / c`, rounded down; zero when `c` is zero. The product is taken in 128 bits, so it
	/// cannot overflow for 64-bit inputs; a quotient above `u64::MAX` saturates.
	pub fn mul_div(a: u64, b: u64, c: u64) -> u64 {
		u128::from(a)
			.saturating_mul(u128::from(b))
			.checked_div(u128::from(c))
			.map_or(0, |q| u64::try_from(q).unwrap_or(u64::MAX))
	}

	/// Parts per billion owed to each account; the shares of one account add up.
	#[derive(Clone, Debug, PartialEq, Eq)]
	pub struct Tally<AccountId: Ord>(BTreeMap<AccountId, u64>);

	impl<AccountId: Ord> Default for Tally<AccountId> {
		fn default() -> Self {
			Self(BTreeMap::new())
		}
	}

	impl<AccountId: Ord + Clone> Tally<AccountId> {
		/// An empty tally.
		pub fn new() -> Self {
			Self::default()
		}

		/// Adds `amount` parts to `who`; a zero amount adds no entry.
		pub fn add(&mut self, who: &AccountId, amount: u64) {
			if amount > 0 {
				let entry = self.0.entry(who.clone()).or_insert(0);
				*entry = entry.saturating_add(amount);
			}
		}

		/// The `Max` largest shares, largest first (ties by account), as `Perbill`s. The smaller
		/// shares beyond `Max` are left out; their parts stay unassigned.
		pub fn into_largest<Max: Get<u32>>(self) -> BoundedVec<(AccountId, Perbill), Max> {
			let mut shares: Vec<_> = self.0.into_iter().collect();
			shares.sort_by(|(a, x), (b, y)| y.cmp(x).then_with(|| a.cmp(b)));
			shares.truncate(Max::get() as usize);
			BoundedVec::truncate_from(
				shares
					.into_iter()
					.map(|(who, p)| {
						(who, Perbill::from_parts(u32::try_from(p).unwrap_or(u32::MAX)))
					})
					.collect(),
			)
		}
	}
}

#[cfg(test)]
mod tests {
	use super::currency::*;

	#[test]
	fn mul_div_rounds_down_and_never_divides_by_zero() {
		use super::shares::mul_div;
		assert_eq!(mul_div(10, 1, 3), 3);
		assert_eq!(mul_div(u64::MAX, u64::MAX, u64::MAX), u64::MAX);
		assert_eq!(mul_div(u64::MAX, 2, 1), u64::MAX);
		assert_eq!(mul_div(7, 7, 0), 0);
	}

	#[test]
	fn tally_adds_per_account_and_keeps_the_largest() {
		use super::shares::Tally;
		use sp_runtime::{traits::ConstU32, Perbill};
		let mut tally = Tally::<u8>::new();
		tally.add(&3, 10);
		tally.add(&1, 30);
		tally.add(&2, 30);
		tally.add(&3, 25);
		tally.add(&4, 0);
		let kept = tally.clone().into_largest::<ConstU32<2>>();
		assert_eq!(
			kept.into_inner(),
			vec![(3, Perbill::from_parts(35)), (1, Perbill::from_parts(30))]
		);
		assert_eq!(tally.into_largest::<ConstU32<8>>().len(), 3);
	}

	#[test]
	fn deposit_prices_items_and_bytes() {
		assert_eq!(deposit(0, 0), 0);
		assert_eq!(deposit(1, 0), 20 * MILLI_UNIT);
		assert_eq!(deposit(1, 100), 20 * MILLI_UNIT + 10 * MILLI_UNIT);
	}
}
