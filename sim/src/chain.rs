//! The real runtime, natively, block by block, with no node: genesis from a preset, blocks
//! authored in BABE slots with their timestamp inherent and every hook, and signed extrinsics
//! through `Executive` with their fees, nonces and weights, as a block author applies them.

use atelier_primitives::{currency::UNIT, stablecoin};
use atelier_runtime::{
	genesis_config_presets, AccountId, Balance, Executive, Header, Runtime, RuntimeCall,
	RuntimeGenesisConfig, Session, SignedPayload, System, TxExtension, UncheckedExtrinsic,
};
use codec::Encode;
use sp_consensus_babe::{
	digests::{PreDigest, SecondaryPlainPreDigest, SecondaryVRFPreDigest},
	Slot, BABE_ENGINE_ID,
};
use sp_core::{sr25519, Pair};
use sp_runtime::{
	generic::Era, traits::Header as _, ApplyExtrinsicResult, Digest, DigestItem, MultiSignature,
};

/// What each simulated account holds at genesis, unless a scenario says otherwise.
pub const DEFAULT_ENDOWMENT: Balance = 1_000_000 * UNIT;
/// Its aUSD at genesis.
pub const DEFAULT_USD: Balance = 1_000_000 * stablecoin::DOLLAR;

/// A chain in memory, and the keys of the accounts that act on it.
pub struct Chain {
	ext: sp_io::TestExternalities,
	/// The simulated accounts' keys (`//sim//<i>`), in order.
	pub keys: Vec<sr25519::Pair>,
	/// Their accounts.
	pub accounts: Vec<AccountId>,
}

/// How a simulation's genesis differs from its preset's.
pub struct GenesisSpec<'a> {
	/// A runtime preset: `development`, `local_testnet`...
	pub preset: &'a str,
	/// The accounts to create (`//sim//0`...), and what each holds in ATL and aUSD.
	pub endowments: Vec<(Balance, Balance)>,
	/// Any other change to the genesis config (JSON, as a chain spec holds it).
	pub edit: Option<GenesisEdit>,
}

/// A change to a genesis config, as JSON.
pub type GenesisEdit = Box<dyn FnOnce(&mut serde_json::Value)>;

fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

fn push(config: &mut serde_json::Value, path: &[&str], item: serde_json::Value) {
	let mut at = config;
	for key in path {
		at = at.get_mut(*key).unwrap_or_else(|| panic!("the genesis config has {path:?}"));
	}
	at.as_array_mut().expect("a list").push(item);
}

impl Chain {
	/// The preset's genesis plus the simulated accounts, with block 1 begun (slot 1).
	pub fn new(spec: GenesisSpec) -> Self {
		let patch: serde_json::Value = serde_json::from_slice(
			&genesis_config_presets::get_preset(&spec.preset.into())
				.unwrap_or_else(|| panic!("no preset {}", spec.preset)),
		)
		.expect("a preset is JSON");
		let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("JSON");
		merge(&mut config, patch);
		let keys: Vec<sr25519::Pair> = (0..spec.endowments.len())
			.map(|i| sr25519::Pair::from_string(&format!("//sim//{i}"), None).expect("a seed"))
			.collect();
		let accounts: Vec<AccountId> = keys.iter().map(|k| k.public().into()).collect();
		for (who, (atl, usd)) in accounts.iter().zip(&spec.endowments) {
			let who = serde_json::to_value(who).expect("JSON");
			push(&mut config, &["balances", "balances"], serde_json::json!([who, atl]));
			if *usd > 0 {
				push(
					&mut config,
					&["assets", "accounts"],
					serde_json::json!([stablecoin::ASSET_ID, who, usd]),
				);
			}
		}
		if let Some(edit) = spec.edit {
			edit(&mut config);
		}
		let json = serde_json::to_vec(&config).expect("JSON");
		let mut ext = sp_io::TestExternalities::new_empty();
		ext.execute_with(|| {
			frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(json)
				.expect("the genesis builds");
			begin_block(1, 1, System::block_hash(0));
		});
		ext.commit_all().expect("commits");
		Self { ext, keys, accounts }
	}

	/// Runs `f` on the chain's state.
	pub fn execute_with<R>(&mut self, f: impl FnOnce() -> R) -> R {
		self.ext.execute_with(f)
	}

	/// Writes the changes so far into the in-memory backend, so that the overlay stays small.
	pub fn commit(&mut self) {
		self.ext.commit_all().expect("commits");
	}
}

/// The chain's slot duration in milliseconds.
pub fn slot_duration() -> u64 {
	atelier_runtime::Babe::slot_duration()
}

/// The BABE keys a simulated chain's validators may hold: the dev keyring's, and
/// `//sim//<i>//babe` (what the fuzzer's accounts register with `session.setKeys`).
fn babe_pair(public: &sr25519::Public) -> Option<sr25519::Pair> {
	static PAIRS: std::sync::OnceLock<Vec<sr25519::Pair>> = std::sync::OnceLock::new();
	PAIRS
		.get_or_init(|| {
			sp_keyring::Sr25519Keyring::iter()
				.map(|k| k.pair())
				.chain((0..64).map(|i| {
					sr25519::Pair::from_string(&format!("//sim//{i}//babe"), None).expect("a seed")
				}))
				.collect()
		})
		.iter()
		.find(|pair| pair.public() == *public)
		.cloned()
}

/// Begins block `number` in `slot` on `parent`: authored by the BABE authority whose turn the
/// slot is among those not disabled, in a secondary slot with its VRF signature (so that the
/// block brings randomness, as a real author's does: the spot checks' draws read it), with its
/// timestamp inherent.
fn begin_block(number: u32, slot: u64, parent: atelier_runtime::Hash) {
	use sp_core::crypto::VrfSecret;
	// The slot's epoch, as BABE will see it once `initialize_block` has enacted an epoch change
	// (it derives the block's VRF output after that): the next epoch's randomness, index and
	// authorities from the slot its first block falls in.
	let epoch_ends = *pallet_babe::Pallet::<Runtime>::current_epoch_start()
		+ <<Runtime as pallet_babe::Config>::EpochDuration as sp_core::Get<u64>>::get();
	let next_epoch = number > 1 && slot >= epoch_ends;
	let (randomness, epoch_index, authorities) = if next_epoch {
		(
			pallet_babe::NextRandomness::<Runtime>::get(),
			pallet_babe::EpochIndex::<Runtime>::get() + 1,
			pallet_babe::NextAuthorities::<Runtime>::get(),
		)
	} else {
		(
			pallet_babe::Randomness::<Runtime>::get(),
			pallet_babe::EpochIndex::<Runtime>::get(),
			pallet_babe::Authorities::<Runtime>::get(),
		)
	};
	let disabled = if next_epoch { vec![] } else { Session::disabled_validators() };
	let eligible: Vec<u32> =
		(0..authorities.len() as u32).filter(|i| !disabled.contains(i)).collect();
	let index = eligible
		.get((slot % eligible.len().max(1) as u64) as usize)
		.copied()
		.unwrap_or(0);
	let pair = authorities
		.get(index as usize)
		.and_then(|(public, _)| babe_pair(public.as_ref()));
	let pre_digest = match pair {
		Some(pair) => {
			let data =
				sp_consensus_babe::make_vrf_sign_data(&randomness, Slot::from(slot), epoch_index);
			PreDigest::SecondaryVRF(SecondaryVRFPreDigest {
				authority_index: index,
				slot: Slot::from(slot),
				vrf_signature: pair.vrf_sign(&data),
			})
		},
		None => PreDigest::SecondaryPlain(SecondaryPlainPreDigest {
			authority_index: index,
			slot: Slot::from(slot),
		}),
	};
	let digest = Digest { logs: vec![DigestItem::PreRuntime(BABE_ENGINE_ID, pre_digest.encode())] };
	Executive::initialize_block(&Header::new(
		number,
		Default::default(),
		Default::default(),
		parent,
		digest,
	));
	let now = slot * slot_duration();
	let inherent =
		UncheckedExtrinsic::new_bare(RuntimeCall::Timestamp(pallet_timestamp::Call::set { now }));
	let applied = Executive::apply_extrinsic(inherent);
	assert_eq!(applied, Ok(Ok(())), "the timestamp inherent applies");
}

/// Begins the block after `header` (the block [`Executive::finalize_block`] just ended), one
/// slot later.
pub fn begin_block_after(header: &Header) {
	let slot = *atelier_runtime::Babe::current_slot() + 1;
	begin_block(header.number + 1, slot, header.hash());
}

/// The transaction extensions of a signed extrinsic with `nonce`, immortal, with no tip.
pub fn tx_extension(nonce: u32) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
	)
}

/// `call` signed by `key` with its account's next nonce.
pub fn signed(key: &sr25519::Pair, call: RuntimeCall) -> UncheckedExtrinsic {
	let who: AccountId = key.public().into();
	let extension = tx_extension(System::account_nonce(&who));
	let payload = SignedPayload::new(call.clone(), extension.clone()).expect("a valid extension");
	let signature = payload.using_encoded(|bytes| key.sign(bytes));
	UncheckedExtrinsic::new_signed(call, who.into(), MultiSignature::Sr25519(signature), extension)
}

/// Applies `xt` as a block author includes a transaction: one that is invalid (a bad
/// signature, fees it cannot pay, a full block) leaves no trace.
pub fn include(xt: UncheckedExtrinsic) -> ApplyExtrinsicResult {
	use frame_support::storage::{with_transaction, TransactionOutcome};
	with_transaction(|| {
		let result = Executive::apply_extrinsic(xt);
		if result.is_err() {
			TransactionOutcome::Rollback(Ok::<_, sp_runtime::DispatchError>(result))
		} else {
			TransactionOutcome::Commit(Ok(result))
		}
	})
	.expect("the closure never fails")
}

/// Applies `call` signed by `key`, as a block author includes a transaction.
pub fn apply(key: &sr25519::Pair, call: RuntimeCall) -> ApplyExtrinsicResult {
	include(signed(key, call))
}
