//! Tests of the real Atelier runtime, compiled natively.
//!
//! State comes from the runtime's own `development` genesis preset, merged over the default
//! genesis config as the node does it. Transactions are real signed extrinsics (sr25519 dev keys,
//! the standard transaction extensions) applied through `Executive`, so fees, nonces and
//! signature checks run exactly as on chain.

use atelier_primitives::{
	currency::{EXISTENTIAL_DEPOSIT, UNIT},
	stablecoin,
};
use atelier_runtime::{
	genesis_config_presets, AccountId, AssetConversion, Assets, Balance, Balances, Executive,
	Header, Nfts, Runtime, RuntimeCall, RuntimeEvent, RuntimeGenesisConfig, SignedPayload, System,
	TxExtension, UncheckedExtrinsic,
};
use codec::Encode;
use frame_support::traits::{fungible::NativeOrWithId, fungibles};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::Era,
	traits::Header as _,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	ApplyExtrinsicResult, DispatchError, MultiSignature, Perbill, TokenError,
};

/// Merges `patch` into `base` the way the node merges a genesis preset over the defaults.
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

/// Externalities holding the genesis state of the preset `preset`, with block 1 initialized.
fn genesis_ext(preset: &str) -> sp_io::TestExternalities {
	let patch: serde_json::Value = serde_json::from_slice(
		&genesis_config_presets::get_preset(&preset.into()).expect("the preset exists"),
	)
	.expect("a preset is JSON");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serializes");
	merge(&mut config, patch);
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
	ext
}

fn dev_ext() -> sp_io::TestExternalities {
	genesis_ext("development")
}

fn account(who: Sr25519Keyring) -> AccountId {
	who.to_account_id()
}

fn tx_extension(nonce: u32, tip: Balance) -> TxExtension {
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
fn signed(who: Sr25519Keyring, call: RuntimeCall) -> UncheckedExtrinsic {
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
fn apply_ok(who: Sr25519Keyring, call: RuntimeCall) {
	let result = Executive::apply_extrinsic(signed(who, call.clone()));
	assert_eq!(result, Ok(Ok(())), "{call:?} from {who:?}");
}

fn apply(who: Sr25519Keyring, call: RuntimeCall) -> ApplyExtrinsicResult {
	Executive::apply_extrinsic(signed(who, call))
}

fn fee_paid_by(who: &AccountId) -> Balance {
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

fn free(who: Sr25519Keyring) -> Balance {
	Balances::free_balance(account(who))
}

fn usd(who: Sr25519Keyring) -> Balance {
	<Assets as fungibles::Inspect<AccountId>>::balance(stablecoin::ASSET_ID, &account(who))
}

#[test]
fn signed_transfer_moves_funds_and_burns_the_fee() {
	dev_ext().execute_with(|| {
		let (alice_before, bob_before) = (free(Sr25519Keyring::Alice), free(Sr25519Keyring::Bob));
		let issuance_before = Balances::total_issuance();
		let amount = 12 * UNIT;

		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: account(Sr25519Keyring::Bob).into(),
				value: amount,
			}),
		);

		let fee = fee_paid_by(&account(Sr25519Keyring::Alice));
		assert!(fee > 0, "a signed transfer pays a fee");
		assert_eq!(free(Sr25519Keyring::Bob), bob_before + amount);
		assert_eq!(free(Sr25519Keyring::Alice), alice_before - amount - fee);
		// Fees are burnt until the reserve pallet takes them.
		assert_eq!(Balances::total_issuance(), issuance_before - fee);
		assert_eq!(System::account_nonce(account(Sr25519Keyring::Alice)), 1);
	});
}

#[test]
fn fee_matches_the_payment_api_quote() {
	dev_ext().execute_with(|| {
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: account(Sr25519Keyring::Bob).into(),
			value: UNIT,
		});
		let xt = signed(Sr25519Keyring::Alice, call);
		let quoted = pallet_transaction_payment::Pallet::<Runtime>::query_info(
			xt.clone(),
			xt.encoded_size() as u32,
		)
		.partial_fee;

		assert_eq!(Executive::apply_extrinsic(xt), Ok(Ok(())));
		// Transfers declare their exact weight, so no weight is refunded: the quote is the fee.
		assert_eq!(fee_paid_by(&account(Sr25519Keyring::Alice)), quoted);
		assert!(quoted < EXISTENTIAL_DEPOSIT, "a transfer costs less than the ED: {quoted}");
	});
}

#[test]
fn transaction_with_bad_signature_is_rejected_and_changes_nothing() {
	dev_ext().execute_with(|| {
		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: account(Sr25519Keyring::Bob).into(),
			value: UNIT,
		});
		// Signed by Bob's key but claiming to come from Alice.
		let extension = tx_extension(0, 0);
		let payload = SignedPayload::new(call.clone(), extension.clone()).expect("valid");
		let signature = payload.using_encoded(|bytes| Sr25519Keyring::Bob.sign(bytes));
		let forged = UncheckedExtrinsic::new_signed(
			call,
			account(Sr25519Keyring::Alice).into(),
			MultiSignature::Sr25519(signature),
			extension,
		);
		let alice_before = free(Sr25519Keyring::Alice);

		assert_eq!(
			Executive::apply_extrinsic(forged),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
		assert_eq!(free(Sr25519Keyring::Alice), alice_before);
		assert_eq!(System::account_nonce(account(Sr25519Keyring::Alice)), 0);
	});
}

#[test]
fn transaction_from_an_account_that_cannot_pay_is_rejected() {
	dev_ext().execute_with(|| {
		// `//One` is a dev key that genesis does not endow.
		let result = apply(
			Sr25519Keyring::One,
			RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] }),
		);
		assert_eq!(result, Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)));
	});
}

#[test]
fn transfer_beyond_the_balance_fails_with_a_named_error_but_pays_its_fee() {
	dev_ext().execute_with(|| {
		let bob_before = free(Sr25519Keyring::Bob);
		let result = apply(
			Sr25519Keyring::Alice,
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: account(Sr25519Keyring::Bob).into(),
				value: free(Sr25519Keyring::Alice) * 2,
			}),
		);
		assert_eq!(result, Ok(Err(DispatchError::Token(TokenError::FundsUnavailable))));
		assert_eq!(free(Sr25519Keyring::Bob), bob_before);
		assert!(fee_paid_by(&account(Sr25519Keyring::Alice)) > 0);
	});
}

#[test]
fn genesis_creates_the_stablecoin_with_metadata_and_endowments() {
	dev_ext().execute_with(|| {
		use fungibles::metadata::Inspect as _;
		assert_eq!(
			<Assets as fungibles::metadata::Inspect<AccountId>>::symbol(stablecoin::ASSET_ID),
			stablecoin::SYMBOL.as_bytes().to_vec()
		);
		assert_eq!(Assets::decimals(stablecoin::ASSET_ID), stablecoin::DECIMALS);
		for who in [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Ferdie] {
			assert_eq!(usd(who), genesis_config_presets::STABLECOIN_ENDOWMENT);
			assert_eq!(free(who), genesis_config_presets::ENDOWMENT);
		}
	});
}

#[test]
fn account_creates_mints_and_transfers_an_asset() {
	dev_ext().execute_with(|| {
		const ASSET: u32 = stablecoin::FIRST_PUBLIC_ASSET_ID + 42;
		let bob_reserved_before = Balances::reserved_balance(account(Sr25519Keyring::Bob));

		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Assets(pallet_assets::Call::create {
				id: ASSET.into(),
				admin: account(Sr25519Keyring::Bob).into(),
				min_balance: 1,
			}),
		);
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Assets(pallet_assets::Call::set_metadata {
				id: ASSET.into(),
				name: b"Design Credits".to_vec(),
				symbol: b"DSGN".to_vec(),
				decimals: 2,
			}),
		);
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Assets(pallet_assets::Call::mint {
				id: ASSET.into(),
				beneficiary: account(Sr25519Keyring::Charlie).into(),
				amount: 1_000,
			}),
		);
		apply_ok(
			Sr25519Keyring::Charlie,
			RuntimeCall::Assets(pallet_assets::Call::transfer {
				id: ASSET.into(),
				target: account(Sr25519Keyring::Dave).into(),
				amount: 250,
			}),
		);

		let balance =
			|who| <Assets as fungibles::Inspect<AccountId>>::balance(ASSET, &account(who));
		assert_eq!(balance(Sr25519Keyring::Charlie), 750);
		assert_eq!(balance(Sr25519Keyring::Dave), 250);
		// The class deposit and the metadata deposit are reserved from the creator.
		assert!(
			Balances::reserved_balance(account(Sr25519Keyring::Bob))
				>= bob_reserved_before + configs_asset_deposit()
		);
	});
}

/// Attack 9 of issue 11: an account takes the stablecoin's id (or another protocol id) on a
/// chain whose genesis lacks it, or the key that created the stablecoin freezes or burns the
/// protocol's holdings. Every preset creates the stablecoin under a keyless owner, protocol ids
/// are created only by the force origin, and no signed account can freeze, block or burn.
#[test]
fn protocol_asset_ids_are_reserved_and_no_key_controls_the_stablecoin() {
	use atelier_runtime::configs::{
		assets::StablecoinIssuer, monetary::ReserveAccount, provenance::RoyaltiesAccount,
	};
	for preset in ["development", "local_testnet"] {
		genesis_ext(preset).execute_with(|| {
			let details =
				pallet_assets::Asset::<Runtime, frame_support::instances::Instance1>::get(
					stablecoin::ASSET_ID,
				)
				.expect("every preset creates the stablecoin");
			let issuer = StablecoinIssuer::get();
			assert_eq!(
				[&details.owner, &details.issuer, &details.admin, &details.freezer],
				[&issuer; 4],
				"{preset}"
			);
			// Signed accounts cannot take a protocol id, but can create public ones.
			let create = |id: u32| {
				apply(
					Sr25519Keyring::Bob,
					RuntimeCall::Assets(pallet_assets::Call::create {
						id: id.into(),
						admin: account(Sr25519Keyring::Bob).into(),
						min_balance: 1,
					}),
				)
			};
			for id in [2, stablecoin::FIRST_PUBLIC_ASSET_ID - 1] {
				assert_eq!(create(id), Ok(Err(DispatchError::BadOrigin)), "{preset}: id {id}");
			}
			assert_eq!(create(stablecoin::FIRST_PUBLIC_ASSET_ID), Ok(Ok(())), "{preset}");
			// Alice, who holds the dev chains' sudo key and once owned the stablecoin, signs
			// as an account: she cannot freeze, block or burn the protocol's holdings.
			let no_permission = Ok(Err(pallet_assets::Error::<
				Runtime,
				frame_support::instances::Instance1,
			>::NoPermission
				.into()));
			for target in [ReserveAccount::get(), RoyaltiesAccount::get()] {
				let calls = [
					pallet_assets::Call::freeze {
						id: stablecoin::ASSET_ID.into(),
						who: target.clone().into(),
					},
					pallet_assets::Call::block {
						id: stablecoin::ASSET_ID.into(),
						who: target.clone().into(),
					},
					pallet_assets::Call::burn {
						id: stablecoin::ASSET_ID.into(),
						who: target.clone().into(),
						amount: 1,
					},
				];
				for call in calls {
					assert_eq!(
						apply(Sr25519Keyring::Alice, RuntimeCall::Assets(call)),
						no_permission,
						"{preset}"
					);
				}
			}
		});
	}
}

fn configs_asset_deposit() -> Balance {
	<Runtime as pallet_assets::Config<frame_support::instances::Instance1>>::AssetDeposit::get()
}

#[test]
fn account_mints_an_nft_in_its_collection() {
	dev_ext().execute_with(|| {
		let config = pallet_nfts::CollectionConfig {
			settings: Default::default(),
			max_supply: None,
			mint_settings: Default::default(),
		};
		let collection = pallet_nfts::NextCollectionId::<Runtime>::get().unwrap_or_default();
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::Nfts(pallet_nfts::Call::create {
				admin: account(Sr25519Keyring::Alice).into(),
				config,
			}),
		);
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::Nfts(pallet_nfts::Call::mint {
				collection,
				item: 7,
				mint_to: account(Sr25519Keyring::Bob).into(),
				witness_data: None,
			}),
		);

		assert_eq!(Nfts::owner(collection, 7), Some(account(Sr25519Keyring::Bob)));
		assert_eq!(Nfts::collection_owner(collection), Some(account(Sr25519Keyring::Alice)));
	});
}

#[test]
fn native_stablecoin_pool_is_created_funded_and_swaps_at_its_quote() {
	dev_ext().execute_with(|| {
		let native = Box::new(NativeOrWithId::Native);
		let usd_kind = Box::new(NativeOrWithId::WithId(stablecoin::ASSET_ID));

		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::AssetConversion(pallet_asset_conversion::Call::create_pool {
				asset1: native.clone(),
				asset2: usd_kind.clone(),
			}),
		);
		// 10,000 ATL against 20,000 aUSD: 2 aUSD an ATL.
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::AssetConversion(pallet_asset_conversion::Call::add_liquidity {
				asset1: native.clone(),
				asset2: usd_kind.clone(),
				amount1_desired: 10_000 * UNIT,
				amount2_desired: 20_000 * stablecoin::DOLLAR,
				amount1_min: 0,
				amount2_min: 0,
				mint_to: account(Sr25519Keyring::Alice),
			}),
		);
		assert_eq!(
			AssetConversion::get_reserves(*native.clone(), *usd_kind.clone()).ok(),
			Some((10_000 * UNIT, 20_000 * stablecoin::DOLLAR))
		);

		let quote = AssetConversion::quote_price_exact_tokens_for_tokens(
			*native.clone(),
			*usd_kind.clone(),
			10 * UNIT,
			true,
		)
		.expect("the pool quotes");
		// Slightly under 20 aUSD: the 0.3% LP fee and the price impact.
		assert!(quote < 20 * stablecoin::DOLLAR && quote > 19 * stablecoin::DOLLAR, "{quote}");

		let usd_before = usd(Sr25519Keyring::Bob);
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::AssetConversion(
				pallet_asset_conversion::Call::swap_exact_tokens_for_tokens {
					path: vec![native, usd_kind],
					amount_in: 10 * UNIT,
					amount_out_min: quote,
					send_to: account(Sr25519Keyring::Bob),
					keep_alive: true,
				},
			),
		);
		assert_eq!(usd(Sr25519Keyring::Bob), usd_before + quote);
	});
}

#[test]
fn swap_below_the_minimum_out_fails_and_changes_nothing_but_the_fee() {
	dev_ext().execute_with(|| {
		let native = Box::new(NativeOrWithId::Native);
		let usd_kind = Box::new(NativeOrWithId::WithId(stablecoin::ASSET_ID));
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::AssetConversion(pallet_asset_conversion::Call::create_pool {
				asset1: native.clone(),
				asset2: usd_kind.clone(),
			}),
		);
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::AssetConversion(pallet_asset_conversion::Call::add_liquidity {
				asset1: native.clone(),
				asset2: usd_kind.clone(),
				amount1_desired: 1_000 * UNIT,
				amount2_desired: 2_000 * stablecoin::DOLLAR,
				amount1_min: 0,
				amount2_min: 0,
				mint_to: account(Sr25519Keyring::Alice),
			}),
		);
		let usd_before = usd(Sr25519Keyring::Bob);
		let result = apply(
			Sr25519Keyring::Bob,
			RuntimeCall::AssetConversion(
				pallet_asset_conversion::Call::swap_exact_tokens_for_tokens {
					path: vec![native, usd_kind],
					amount_in: UNIT,
					amount_out_min: 3 * stablecoin::DOLLAR,
					send_to: account(Sr25519Keyring::Bob),
					keep_alive: true,
				},
			),
		);
		let Ok(Err(DispatchError::Module(error))) = result else {
			panic!("expected a module error, got {result:?}");
		};
		assert_eq!(error.message, Some("ProvidedMinimumNotSufficientForSwap"));
		assert_eq!(usd(Sr25519Keyring::Bob), usd_before);
	});
}

#[test]
fn local_preset_has_four_validators_so_one_may_fail() {
	genesis_ext("local_testnet").execute_with(|| {
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 4);
	});
	dev_ext().execute_with(|| {
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
	});
}

#[test]
fn metadata_is_offered_at_every_frame_version() {
	let versions = Runtime::metadata_versions();
	for version in [14, 15, 16] {
		assert!(versions.contains(&version), "{versions:?}");
		assert!(Runtime::metadata_at_version(version).is_some(), "metadata V{version}");
	}
}

#[test]
fn genesis_presets_are_listed_and_unknown_ones_refused() {
	let names = genesis_config_presets::preset_names();
	assert!(names.contains(&"development".into()));
	assert!(names.contains(&"local_testnet".into()));
	assert!(genesis_config_presets::get_preset(&"mainnet".into()).is_none());
}

/// Registers a dataset of `owner`'s (open licence, `owner` its sole contributor) and a base model
/// on it with `datasets_share` to the dataset; returns the model.
fn register_model(owner: Sr25519Keyring, datasets_share: Perbill) -> pallet_provenance::ModelId {
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
	apply_ok(
		owner,
		RuntimeCall::Provenance(pallet_provenance::Call::register_model {
			base_model: None,
			datasets: vec![dataset],
			fine_tuners: vec![],
			version_hash: sp_core::H256::repeat_byte(2),
			shares: ModelShares { datasets: datasets_share, base_model: Perbill::zero() },
		}),
	);
	pallet_provenance::ModelId(pallet_provenance::NextModelId::<Runtime>::get() - 1)
}

/// The compute market on the real runtime: a model NFT, a worker, a job, and its receipt as a
/// bare extrinsic through `Executive` (so the unsigned-transaction validation runs too).
#[test]
fn compute_job_settles_through_an_unsigned_receipt_and_pays_every_share() {
	use atelier_runtime::{configs::monetary::ReserveAccount, ComputeMarket};
	use frame_support::traits::{fungible::Inspect, Hooks};
	use pallet_compute_market::{
		receipt_signing_payload, HardwareClass, JobId, JobStatus, ModelId, Receipt,
	};
	use sp_core::{Pair, H256};

	dev_ext().execute_with(|| {
		// Charlie registers a dataset and a model on it (model 0): he is its sole licensee.
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		assert_eq!(model, ModelId(0));
		let key = sp_core::sr25519::Pair::from_string("//Ferdie//atel", None).unwrap();
		apply_ok(
			Sr25519Keyring::Ferdie,
			RuntimeCall::ComputeMarket(pallet_compute_market::Call::register_worker {
				stake: 1_000 * UNIT,
				capacity: 10_000,
				class: HardwareClass::Cpu,
				signing_key: key.public().into(),
				key_proof: key
					.sign(&pallet_compute_market::key_ownership_payload(
						&System::block_hash(0),
						&account(Sr25519Keyring::Ferdie),
					))
					.into(),
			}),
		);
		let fee_per_unit = atelier_primitives::currency::MICRO_UNIT;
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::ComputeMarket(pallet_compute_market::Call::submit_job {
				model,
				class: HardwareClass::Cpu,
				max_units: 1_000,
				max_base_fee_per_unit: 10 * fee_per_unit,
				tip_per_unit: 2 * fee_per_unit,
				input_commitment: H256::repeat_byte(3),
				deadline: 50,
			}),
		);

		System::set_block_number(2);
		ComputeMarket::on_initialize(2);
		let job = pallet_compute_market::Jobs::<Runtime>::get(JobId(0)).unwrap();
		assert!(matches!(job.status, JobStatus::Assigned { .. }));

		let bob = Balances::total_balance(&account(Sr25519Keyring::Bob));
		let charlie = free(Sr25519Keyring::Charlie);
		let ferdie = free(Sr25519Keyring::Ferdie);
		let reserve = Balances::free_balance(ReserveAccount::get());
		let issuance = Balances::total_issuance();

		let receipt = Receipt { job: JobId(0), output_hash: H256::repeat_byte(4), units_used: 600 };
		let signature = key.sign(&receipt_signing_payload(&System::block_hash(0), &receipt));
		let xt = UncheckedExtrinsic::new_bare(RuntimeCall::ComputeMarket(
			pallet_compute_market::Call::submit_receipt { receipt, signature: signature.into() },
		));
		assert_eq!(Executive::apply_extrinsic(xt.clone()), Ok(Ok(())));

		let base = 600 * fee_per_unit;
		let tip = 600 * 2 * fee_per_unit;
		assert_eq!(Balances::total_balance(&account(Sr25519Keyring::Bob)), bob - base - tip);
		assert_eq!(free(Sr25519Keyring::Ferdie), ferdie + base * 70 / 100 + tip);
		assert_eq!(free(Sr25519Keyring::Charlie), charlie + base * 15 / 100);
		assert_eq!(Balances::free_balance(ReserveAccount::get()), reserve + base * 10 / 100);
		assert_eq!(Balances::total_issuance(), issuance - base * 5 / 100);

		// The same receipt again is not a valid transaction.
		assert_eq!(
			Executive::apply_extrinsic(xt),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(4)))
		);

		// Bob, who requested the job, mints its output as a provenance NFT, citing the receipt.
		let mint = |who, content| {
			apply(
				who,
				RuntimeCall::Provenance(pallet_provenance::Call::mint_output {
					model,
					job: Some(JobId(0)),
					content_hash: content,
					prompts: vec![H256::repeat_byte(3)],
					parents: vec![],
					content_credential: None,
					creator_share: Perbill::from_percent(10),
				}),
			)
		};
		assert_eq!(
			mint(Sr25519Keyring::Dave, H256::repeat_byte(4)),
			Ok(Err(pallet_provenance::Error::<Runtime>::NotRequester.into()))
		);
		assert_eq!(
			mint(Sr25519Keyring::Bob, H256::repeat_byte(5)),
			Ok(Err(pallet_provenance::Error::<Runtime>::ReceiptMismatch.into()))
		);
		assert_eq!(mint(Sr25519Keyring::Bob, H256::repeat_byte(4)), Ok(Ok(())));
		let output = pallet_provenance::Outputs::<Runtime>::get(pallet_provenance::OutputId(0))
			.expect("the output is minted");
		assert_eq!(output.job, Some(JobId(0)));
		assert_eq!(output.creator, account(Sr25519Keyring::Bob));
	});
}

#[test]
fn genesis_creates_the_provenance_collections_owned_by_the_pallet() {
	use atelier_runtime::configs::provenance::ProvenanceAccount;
	dev_ext().execute_with(|| {
		let c = pallet_provenance::ProvenanceCollections::<Runtime>::get()
			.expect("the dev preset creates the collections");
		for collection in [c.datasets, c.models, c.outputs] {
			assert_eq!(Nfts::collection_owner(collection), Some(ProvenanceAccount::get()));
		}
	});
}

/// A model of Charlie's on Dave's dataset, an output of Eve's remixed by Ferdie, sold to Bob
/// through the royalties pallet; every recipient accrues exactly its share and claims it.
#[test]
fn a_remix_sells_paying_the_seller_the_reserve_and_its_whole_lineage() {
	use atelier_runtime::configs::monetary::ReserveAccount;
	use pallet_royalties::{Accrued, PaymentAsset};
	use sp_core::H256;

	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Dave, Perbill::from_percent(100));
		let mint = |who, parents: Vec<pallet_provenance::OutputId>| {
			apply_ok(
				who,
				RuntimeCall::Provenance(pallet_provenance::Call::mint_output {
					model,
					job: None,
					content_hash: H256::repeat_byte(9),
					prompts: vec![],
					parents,
					content_credential: Some(H256::repeat_byte(8)),
					creator_share: Perbill::from_percent(10),
				}),
			);
			pallet_provenance::OutputId(pallet_provenance::NextOutputId::<Runtime>::get() - 1)
		};
		let parent = mint(Sr25519Keyring::Eve, vec![]);
		let remix = mint(Sr25519Keyring::Ferdie, vec![parent]);
		let price = 1_000 * UNIT;
		apply_ok(
			Sr25519Keyring::Ferdie,
			RuntimeCall::Royalties(pallet_royalties::Call::list {
				output: remix,
				asset: PaymentAsset::Native,
				price,
			}),
		);
		let split = atelier_runtime::Royalties::split(&remix, price).unwrap();
		let ferdie = free(Sr25519Keyring::Ferdie);
		let reserve = Balances::free_balance(ReserveAccount::get());
		apply_ok(
			Sr25519Keyring::Bob,
			RuntimeCall::Royalties(pallet_royalties::Call::buy {
				output: remix,
				listing: pallet_royalties::Listings::<Runtime>::get(remix).unwrap().id,
				asset: PaymentAsset::Native,
				max_price: price,
			}),
		);

		// Stack: Ferdie 10% + model 10% (Dave) + parents 10% (Eve's policy: Eve 10/22, Dave
		// 10/22, reserve share) + reserve 2% = 32%.
		let owed = |who| Accrued::<Runtime>::get(account(who), PaymentAsset::Native);
		// Each tenth of the parents' share, normalised by the parent's 22% stack, rounded down.
		let via_parent =
			Perbill::from_parts((100_000_000u64 * 100_000_000 / 220_000_000) as u32) * price;
		let dave = 100 * UNIT + via_parent;
		assert_eq!(owed(Sr25519Keyring::Dave), dave);
		assert_eq!(owed(Sr25519Keyring::Eve), via_parent);
		assert_eq!(owed(Sr25519Keyring::Ferdie), 100 * UNIT);
		assert_eq!(free(Sr25519Keyring::Ferdie), ferdie + 680 * UNIT);
		let paid: Balance = split.payouts.iter().map(|(_, a)| *a).sum();
		assert_eq!(Balances::free_balance(ReserveAccount::get()), reserve + 320 * UNIT - paid);
		assert_eq!(split.seller_proceeds + split.reserve + paid, price);
		assert_eq!(
			atelier_runtime::Provenance::lineage(
				pallet_provenance::ProvenanceItem::Output(remix),
				4
			)
			.unwrap()
			.ancestors
			.len(),
			3
		);
		assert_eq!(
			<atelier_runtime::Provenance as pallet_provenance::OutputRegistry<AccountId>>::owner(
				&remix
			),
			Some(account(Sr25519Keyring::Bob))
		);

		let before = free(Sr25519Keyring::Dave);
		apply_ok(
			Sr25519Keyring::Alice,
			RuntimeCall::Royalties(pallet_royalties::Call::claim {
				beneficiary: account(Sr25519Keyring::Dave),
				asset: PaymentAsset::Native,
			}),
		);
		assert_eq!(free(Sr25519Keyring::Dave), before + dave);
	});
}

/// No `pallet-nfts` call moves or burns a provenance NFT: not `transfer`, not `buy_item` after
/// `set_price`, not a swap, not `burn`, and the owner cannot unlock it.
#[test]
fn no_nfts_call_moves_a_provenance_nft_around_the_royalties() {
	use sp_core::H256;
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Dave, Perbill::from_percent(50));
		apply_ok(
			Sr25519Keyring::Eve,
			RuntimeCall::Provenance(pallet_provenance::Call::mint_output {
				model,
				job: None,
				content_hash: H256::repeat_byte(9),
				prompts: vec![],
				parents: vec![],
				content_credential: None,
				creator_share: Perbill::from_percent(10),
			}),
		);
		let outputs = pallet_provenance::ProvenanceCollections::<Runtime>::get().unwrap().outputs;
		let locked: DispatchError = pallet_nfts::Error::<Runtime>::ItemLocked.into();
		let eve = Sr25519Keyring::Eve;
		let call = |c| RuntimeCall::Nfts(c);
		assert_eq!(
			apply(
				eve,
				call(pallet_nfts::Call::transfer {
					collection: outputs,
					item: 0,
					dest: account(Sr25519Keyring::Bob).into()
				})
			),
			Ok(Err(locked))
		);
		assert_eq!(
			apply(eve, call(pallet_nfts::Call::burn { collection: outputs, item: 0 })),
			Ok(Err(locked))
		);
		apply_ok(
			eve,
			call(pallet_nfts::Call::set_price {
				collection: outputs,
				item: 0,
				price: Some(UNIT),
				whitelisted_buyer: None,
			}),
		);
		assert_eq!(
			apply(
				Sr25519Keyring::Bob,
				call(pallet_nfts::Call::buy_item { collection: outputs, item: 0, bid_price: UNIT })
			),
			Ok(Err(locked))
		);
		assert_eq!(
			apply(
				eve,
				call(pallet_nfts::Call::unlock_item_transfer { collection: outputs, item: 0 })
			),
			Ok(Err(pallet_nfts::Error::<Runtime>::NoPermission.into()))
		);
		assert_eq!(
			apply(
				eve,
				call(pallet_nfts::Call::mint {
					collection: outputs,
					item: 5,
					mint_to: account(eve).into(),
					witness_data: None
				})
			),
			Ok(Err(pallet_nfts::Error::<Runtime>::NoPermission.into()))
		);
		let eve_owns = <atelier_runtime::Provenance as pallet_provenance::OutputRegistry<
			AccountId,
		>>::owner(&pallet_provenance::OutputId(0));
		assert_eq!(eve_owns, Some(account(eve)));
	});
}

/// Issue 4's figure, checked against the generated weights: a sale's weight grows with the
/// recipients its policy pays (at most `MaxRecipients`, whatever the lineage's depth, since the
/// policy is flattened at mint), and a sale paying the most recipients, by either path, fits
/// within a tenth of a block with its extrinsic base weight.
#[test]
fn a_sale_paying_the_most_recipients_fits_in_a_tenth_of_a_block() {
	use frame_support::{dispatch::DispatchClass, traits::Get};
	use pallet_royalties::WeightInfo;
	type Weights = pallet_royalties::weights::SubstrateWeight<Runtime>;

	let block = <Runtime as frame_system::Config>::BlockWeights::get();
	let base = block.get(DispatchClass::Normal).base_extrinsic;
	let tenth = block.max_block.ref_time() / 10;
	let most = <Runtime as pallet_royalties::Config>::MaxRecipients::get();
	assert_eq!(most, 64);

	let mut last = 0;
	for r in 1..=most {
		let buy = (Weights::buy(r) + base).ref_time();
		let external = (Weights::accept_external_sale(r) + base).ref_time();
		assert!(buy > last, "each recipient adds to a sale's weight");
		assert!(buy <= tenth, "buy({r}) = {buy} ps is above a tenth of a block ({tenth} ps)");
		assert!(external <= tenth, "accept_external_sale({r}) = {external} ps");
		last = buy;
	}
}

/// Every pallet's `integrity_test` against the runtime's own constants and weights (the runtime
/// crate's unit tests, where `construct_runtime` would run them, are switched off): among them
/// the royalty stack's cap, the compute market's shares and its hook at its bounds within a
/// quarter of a block.
#[test]
fn every_pallet_passes_its_integrity_test_with_the_runtime_constants() {
	use frame_support::traits::IntegrityTest;
	sp_io::TestExternalities::default()
		.execute_with(atelier_runtime::AllPalletsWithSystem::integrity_test);
}

/// Issue 4's figure, as a function of lineage depth: a chain of remixes 48 generations deep, each
/// by a new creator. Each generation passes its parent's policy up at `ParentShare / stack` of
/// its weight (10% / 32%), so an ancestor's share shrinks geometrically and falls below one part
/// per billion after about 17 generations: the recipient list, and with it a sale's weight, stops
/// growing long before `MaxRecipients`. A sale of the deepest output is charged `buy(r)` for its
/// `r` recipients, whatever the depth.
#[test]
fn a_sales_weight_stops_growing_with_the_lineages_depth() {
	use atelier_runtime::{Provenance, Royalties, RuntimeOrigin};
	use frame_support::traits::{fungible::Mutate, Get};
	use pallet_royalties::{PaymentAsset, Policies, WeightInfo};
	use sp_core::H256;
	type Weights = pallet_royalties::weights::SubstrateWeight<Runtime>;

	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Dave, Perbill::from_percent(100));
		let mut parent = None;
		let mut recipients = Vec::new();
		for depth in 0..48u8 {
			let creator = AccountId::from([depth.wrapping_add(100); 32]);
			Balances::set_balance(&creator, 1_000 * UNIT);
			frame_support::assert_ok!(Provenance::mint_output(
				RuntimeOrigin::signed(creator),
				model,
				None,
				H256::repeat_byte(depth),
				vec![],
				parent.into_iter().collect(),
				None,
				Perbill::from_percent(10),
			));
			let output =
				pallet_provenance::OutputId(pallet_provenance::NextOutputId::<Runtime>::get() - 1);
			let policy = Policies::<Runtime>::get(output).expect("minted with a policy");
			recipients.push(policy.recipients.len() as u32);
			parent = Some(output);
		}
		// Printed for docs/pallets/royalties.md (`--nocapture`).
		for (depth, r) in recipients
			.iter()
			.enumerate()
			.filter(|(d, _)| [0, 1, 2, 4, 8, 12, 16, 20, 24, 32, 47].contains(d))
		{
			println!("depth {depth}: {r} recipients, buy = {} ps", Weights::buy(*r).ref_time());
		}
		let most = <Runtime as pallet_royalties::Config>::MaxRecipients::get();
		assert!(recipients.windows(2).all(|w| w[0] <= w[1]), "{recipients:?}");
		assert!(recipients[47] < most, "{recipients:?}");
		assert_eq!(recipients[47], recipients[30], "the list stops growing: {recipients:?}");
		assert!(recipients[16] > recipients[1], "{recipients:?}");

		let deepest = parent.expect("minted");
		let seller = AccountId::from([147u8; 32]);
		let price = 1_000 * UNIT;
		frame_support::assert_ok!(Royalties::list(
			RuntimeOrigin::signed(seller),
			deepest,
			PaymentAsset::Native,
			price
		));
		let listing = pallet_royalties::Listings::<Runtime>::get(deepest).unwrap().id;
		let info = Royalties::buy(
			RuntimeOrigin::signed(account(Sr25519Keyring::Bob)),
			deepest,
			listing,
			PaymentAsset::Native,
			price,
		)
		.expect("the sale goes through");
		assert_eq!(info.actual_weight, Some(Weights::buy(recipients[47])));
	});
}
