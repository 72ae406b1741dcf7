//! What every runtime test shares: genesis from the runtime's presets, signed extrinsics through
//! `Executive`, and the pallets' `try_state` checks after each test.

pub use atelier_primitives::{
	currency::{EXISTENTIAL_DEPOSIT, UNIT},
	stablecoin,
};
pub use atelier_runtime::{
	genesis_config_presets, AccountId, AssetConversion, Assets, Balance, Balances, Executive,
	Header, Nfts, Runtime, RuntimeCall, RuntimeEvent, RuntimeGenesisConfig, SignedPayload, System,
	TxExtension, UncheckedExtrinsic,
};
pub use codec::Encode;
pub use frame_support::traits::{fungible::NativeOrWithId, fungibles};
pub use sp_keyring::Sr25519Keyring;
pub use sp_runtime::{
	generic::Era,
	traits::Header as _,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	ApplyExtrinsicResult, DispatchError, MultiSignature, Perbill, TokenError,
};

/// Merges `patch` into `base` the way the node merges a genesis preset over the defaults.
pub fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// A test's externalities: [`RuntimeExt::execute_with`] runs the test, then every pallet's
/// `try_state` invariants on the state the test left, and fails the test if one is broken.
pub struct RuntimeExt(pub sp_io::TestExternalities);

impl RuntimeExt {
	/// Runs `test`, then the invariants of every pallet of the runtime.
	pub fn execute_with<R>(mut self, test: impl FnOnce() -> R) -> R {
		let result = self.0.execute_with(test);
		self.0
			.execute_with(invariants)
			.expect("every pallet's invariants hold after the test");
		result
	}
}

/// Every pallet's `try_state` (System, Balances, Assets, Nfts, the exchange, the compute market,
/// provenance, royalties...), at the current block.
pub fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
	use frame_support::traits::{TryState, TryStateSelect};
	<atelier_runtime::AllPalletsWithSystem as TryState<u32>>::try_state(
		System::block_number(),
		TryStateSelect::All,
	)
}

/// Externalities holding the genesis state of the preset `preset`, with block 1 initialized.
pub fn genesis_ext(preset: &str) -> RuntimeExt {
	genesis_ext_with(preset, |_| {})
}

/// [`genesis_ext`] of the preset `preset` as `edit` changes its genesis config (JSON, as a chain
/// spec holds it), as a launch edits a chain spec.
pub fn genesis_ext_with(preset: &str, edit: impl FnOnce(&mut serde_json::Value)) -> RuntimeExt {
	let patch: serde_json::Value = serde_json::from_slice(
		&genesis_config_presets::get_preset(&preset.into()).expect("the preset exists"),
	)
	.expect("a preset is JSON");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serializes");
	merge(&mut config, patch);
	edit(&mut config);
	let json = serde_json::to_vec(&config).expect("serializes");

	let mut ext = sp_io::TestExternalities::new_empty();
	ext.execute_with(|| {
		frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(json)
			.expect("the preset builds");
		let parent = System::block_hash(0);
		Executive::initialize_block(&Header::new(
			1,
			Default::default(),
			Default::default(),
			parent,
			Default::default(),
		));
	});
	RuntimeExt(ext)
}

pub fn dev_ext() -> RuntimeExt {
	genesis_ext("development")
}

pub fn account(who: Sr25519Keyring) -> AccountId {
	who.to_account_id()
}

pub fn tx_extension(nonce: u32, tip: Balance) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(tip),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
	)
}

/// A signed extrinsic of `call` from `who`, with its next nonce and no tip.
pub fn signed(who: Sr25519Keyring, call: RuntimeCall) -> UncheckedExtrinsic {
	let nonce = System::account_nonce(account(who));
	let extension = tx_extension(nonce, 0);
	let payload = SignedPayload::new(call.clone(), extension.clone()).expect("valid extension");
	let signature = payload.using_encoded(|bytes| who.sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		account(who).into(),
		MultiSignature::Sr25519(signature),
		extension,
	)
}

/// Applies `call` signed by `who`; panics unless it is included and dispatched successfully.
pub fn apply_ok(who: Sr25519Keyring, call: RuntimeCall) {
	let result = Executive::apply_extrinsic(signed(who, call.clone()));
	assert_eq!(result, Ok(Ok(())), "{call:?} from {who:?}");
}

pub fn apply(who: Sr25519Keyring, call: RuntimeCall) -> ApplyExtrinsicResult {
	Executive::apply_extrinsic(signed(who, call))
}

pub fn fee_paid_by(who: &AccountId) -> Balance {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid {
					who: payer,
					actual_fee,
					..
				},
			) if &payer == who => Some(actual_fee),
			_ => None,
		})
		.sum()
}

pub fn free(who: Sr25519Keyring) -> Balance {
	Balances::free_balance(account(who))
}

pub fn usd(who: Sr25519Keyring) -> Balance {
	<Assets as fungibles::Inspect<AccountId>>::balance(stablecoin::ASSET_ID, &account(who))
}

pub fn configs_asset_deposit() -> Balance {
	<Runtime as pallet_assets::Config<frame_support::instances::Instance1>>::AssetDeposit::get()
}

/// Registers a dataset of `owner`'s (open licence, `owner` its sole contributor) and a base model
/// on it with `datasets_share` to the dataset, and clears it to earn ([`clear_to_earn`]); returns
/// the model.
pub fn register_model(
	owner: Sr25519Keyring,
	datasets_share: Perbill,
) -> pallet_provenance::ModelId {
	register_model_on(owner, None, datasets_share)
}

/// [`register_model`], fine-tuned from `base` when given (the base model's licensees then take
/// the least share a fine-tune must give them).
pub fn register_model_on(
	owner: Sr25519Keyring,
	base: Option<pallet_provenance::ModelId>,
	datasets_share: Perbill,
) -> pallet_provenance::ModelId {
	use pallet_provenance::{LicenseTerms, ModelShares, Permission};
	let open = LicenseTerms {
		training: Permission::Allowed,
		generative_training: Permission::Allowed,
		inference: Permission::Allowed,
	};
	apply_ok(
		owner,
		RuntimeCall::Provenance(pallet_provenance::Call::register_dataset {
			content_hash: sp_core::H256::repeat_byte(1),
			license: open,
			contributors: vec![(account(owner), 1)],
		}),
	);
	let dataset =
		pallet_provenance::DatasetId(pallet_provenance::NextDatasetId::<Runtime>::get() - 1);
	let base_model = match base {
		Some(_) => <atelier_runtime::configs::parameters::MinBaseModelShare as frame_support::traits::Get<Perbill>>::get(),
		None => Perbill::zero(),
	};
	apply_ok(
		owner,
		RuntimeCall::Provenance(pallet_provenance::Call::register_model {
			base_model: base,
			datasets: vec![dataset],
			fine_tuners: vec![],
			version_hash: sp_core::H256::repeat_byte(2),
			shares: ModelShares { datasets: datasets_share, base_model },
		}),
	);
	let model = pallet_provenance::ModelId(pallet_provenance::NextModelId::<Runtime>::get() - 1);
	clear_to_earn(owner, dataset, model);
	model
}

/// The preset's two genesis attestors (`//Alice//stash`, `//Bob//stash`).
pub const ATTESTORS: [Sr25519Keyring; 2] = [Sr25519Keyring::AliceStash, Sr25519Keyring::BobStash];

/// The genesis attestors attest `dataset` for every use (a quorum of two) for 30 days, and
/// `owner` bonds `model`: the model may earn.
pub fn attest(dataset: pallet_provenance::DatasetId) {
	for attestor in ATTESTORS {
		apply_ok(
			attestor,
			RuntimeCall::Attestation(pallet_attestation::Call::attest {
				dataset,
				uses: pallet_attestation::Uses::ALL,
				evidence: sp_core::H256::repeat_byte(9),
				expires: System::block_number() + 30 * atelier_primitives::time::DAYS,
			}),
		);
	}
}

/// See [`attest`]; then `owner` bonds `model`.
pub fn clear_to_earn(
	owner: Sr25519Keyring,
	dataset: pallet_provenance::DatasetId,
	model: pallet_provenance::ModelId,
) {
	attest(dataset);
	apply_ok(owner, RuntimeCall::Attestation(pallet_attestation::Call::bond_model { model }));
}

/// The keyring `holder`'s session keys (its sr25519 key for BABE, the ed25519 key of the same
/// seed for GRANDPA) and their proof of possession for `owner`, as `session.setKeys` takes them.
pub fn session_keys(
	holder: Sr25519Keyring,
	owner: &AccountId,
) -> (atelier_runtime::SessionKeys, Vec<u8>) {
	use sp_core::{crypto::Pair as _, proof_of_possession::ProofOfPossessionGenerator};
	let owner = owner.encode();
	let mut babe = holder.pair();
	let mut grandpa =
		sp_core::ed25519::Pair::from_string(&format!("//{holder:?}"), None).expect("a dev seed");
	let proof =
		(babe.generate_proof_of_possession(&owner), grandpa.generate_proof_of_possession(&owner))
			.encode();
	let keys = atelier_runtime::SessionKeys {
		babe: babe.public().into(),
		grandpa: grandpa.public().into(),
	};
	(keys, proof)
}

/// Registers `who` as a CPU worker of 10 000 units with 1 000 ATL of stake and the `atel` key
/// `//Who//atel`, proving possession; returns the key.
pub fn register_cpu_worker(who: Sr25519Keyring) -> sp_core::sr25519::Pair {
	use sp_core::Pair;
	let key = sp_core::sr25519::Pair::from_string(&format!("//{who:?}//atel"), None).unwrap();
	apply_ok(
		who,
		RuntimeCall::ComputeMarket(pallet_compute_market::Call::register_worker {
			stake: 1_000 * UNIT,
			capacity: 10_000,
			class: pallet_compute_market::HardwareClass::Cpu,
			job_sizes: pallet_compute_market::JobSizes::ANY,
			signing_key: key.public().into(),
			key_proof: key
				.sign(&pallet_compute_market::key_ownership_payload(
					&System::block_hash(0),
					&account(who),
				))
				.into(),
		}),
	);
	key
}
