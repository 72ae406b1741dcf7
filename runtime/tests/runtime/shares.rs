//! Model shares on the real runtime (issue 31): a licensing fee from a real compute job and a
//! royalty from a real sale reach every holder pro rata; every path that paid a model's owner
//! pays its shareholders once it has issued shares; the model's provenance risk stays with them.

use crate::common::*;
use pallet_compute_market::{receipt_signing_payload, HardwareClass, JobId, Receipt};
use pallet_model_shares::{Classes, PaymentAsset};
use pallet_provenance::ModelId;
use sp_core::{Pair, H256};

const SUPPLY: u64 = 1_000_000;

fn call(c: pallet_model_shares::Call<Runtime>) -> RuntimeCall {
	RuntimeCall::ModelShares(c)
}

/// Charlie issues `SUPPLY` shares of `model` and sends 30% to Dave and 20% to Eve.
fn issue_to_three(model: ModelId) {
	apply_ok(
		Sr25519Keyring::Charlie,
		call(pallet_model_shares::Call::issue { model, supply: SUPPLY }),
	);
	for (to, amount) in [(Sr25519Keyring::Dave, 300_000), (Sr25519Keyring::Eve, 200_000)] {
		apply_ok(
			Sr25519Keyring::Charlie,
			call(pallet_model_shares::Call::transfer { model, to: account(to), amount }),
		);
	}
}

/// What `who` may claim from `model`'s native pool now.
fn claimable(who: Sr25519Keyring, model: ModelId) -> Balance {
	atelier_runtime::ModelShares::shares_of(&account(who))
		.into_iter()
		.filter(|h| h.model == model)
		.flat_map(|h| h.claimable)
		.find(|(asset, _)| *asset == PaymentAsset::Native)
		.map_or(0, |(_, amount)| amount)
}

/// The native income credited to `model`'s pool so far.
fn income(model: ModelId) -> Balance {
	Classes::<Runtime>::get(model)
		.and_then(|c| c.pools.iter().find(|p| p.asset == PaymentAsset::Native).map(|p| p.income))
		.unwrap_or(0)
}

/// Bob's job of 600 units for `model`, served by Ferdie and settled by its receipt.
fn settle_a_job(model: ModelId, job: u64) {
	use atelier_runtime::ComputeMarket;
	use frame_support::traits::Hooks;
	let fee = atelier_primitives::currency::MICRO_UNIT;
	apply_ok(
		Sr25519Keyring::Bob,
		RuntimeCall::ComputeMarket(pallet_compute_market::Call::submit_job {
			model,
			class: HardwareClass::Cpu,
			max_units: 1_000,
			max_base_fee_per_unit: 10 * fee,
			tip_per_unit: 0,
			input_commitment: H256::repeat_byte(3),
			deadline: System::block_number() + 50,
			verification: pallet_compute_market::Verification::Required,
		}),
	);
	let next = System::block_number() + 1;
	System::set_block_number(next);
	ComputeMarket::on_initialize(next);
	let key = sp_core::sr25519::Pair::from_string("//Ferdie//atel", None).unwrap();
	let receipt = Receipt {
		job: JobId(job),
		output_hash: atelier_primitives::compute::output_commitment(
			JobId(job),
			&H256::repeat_byte(4),
		),
		units_used: 600,
	};
	let signature = key.sign(&receipt_signing_payload(&System::block_hash(0), &receipt));
	let xt = UncheckedExtrinsic::new_bare(RuntimeCall::ComputeMarket(
		pallet_compute_market::Call::submit_receipt { receipt, signature: signature.into() },
	));
	assert_eq!(Executive::apply_extrinsic(xt), Ok(Ok(())));
}

/// `creator` mints an output of `model` (no job) and sells it to Alice for `price` ATL.
fn sell_an_output(model: ModelId, creator: Sr25519Keyring, price: Balance) {
	let output = mint(model, creator);
	sell(output, creator, price);
}

fn mint(model: ModelId, creator: Sr25519Keyring) -> pallet_provenance::OutputId {
	apply_ok(
		creator,
		RuntimeCall::Provenance(pallet_provenance::Call::mint_output {
			model,
			job: None,
			content_hash: H256::random(),
			prompts: vec![],
			parents: vec![],
			content_credential: None,
			creator_share: Perbill::from_percent(5),
		}),
	);
	pallet_provenance::OutputId(pallet_provenance::NextOutputId::<Runtime>::get() - 1)
}

fn sell(output: pallet_provenance::OutputId, seller: Sr25519Keyring, price: Balance) {
	apply_ok(
		seller,
		RuntimeCall::Royalties(pallet_royalties::Call::list {
			output,
			asset: pallet_royalties::PaymentAsset::Native,
			price,
		}),
	);
	apply_ok(
		Sr25519Keyring::Alice,
		RuntimeCall::Royalties(pallet_royalties::Call::buy {
			output,
			listing: pallet_royalties::Listings::<Runtime>::get(output).unwrap().id,
			asset: pallet_royalties::PaymentAsset::Native,
			max_price: price,
		}),
	);
}

/// A real job's licensing fee and a real sale's royalty reach Charlie, Dave and Eve in
/// proportion to their shares (50%, 30%, 20%), and each claims exactly that.
#[test]
fn a_jobs_licensing_fee_and_a_sales_royalty_reach_every_holder_pro_rata() {
	dev_ext().execute_with(|| {
		// Charlie's model: 20% to his dataset (his account), 80% the owner's part.
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		register_cpu_worker(Sr25519Keyring::Ferdie);
		issue_to_three(model);
		let charlie = free(Sr25519Keyring::Charlie);

		settle_a_job(model, 0);
		// 600 units at the floor: the licensees' 15%, of which the owner's part is 80%.
		let base = 600 * atelier_primitives::currency::MICRO_UNIT;
		let fee_to_pool = base * 15 / 100 * 80 / 100;
		assert_eq!(income(model), fee_to_pool);
		// Charlie's account still takes the dataset's 20% directly.
		assert_eq!(free(Sr25519Keyring::Charlie), charlie + base * 15 / 100 * 20 / 100);

		let price = 1_000 * UNIT;
		sell_an_output(model, Sr25519Keyring::Bob, price);
		// The model's 10% of the price, 80% of it the owner's part.
		let royalty_to_pool = price / 10 * 80 / 100;
		assert_eq!(income(model), fee_to_pool + royalty_to_pool);
		let total = fee_to_pool + royalty_to_pool;
		for (who, part) in
			[(Sr25519Keyring::Charlie, 50), (Sr25519Keyring::Dave, 30), (Sr25519Keyring::Eve, 20)]
		{
			assert_eq!(claimable(who, model), total * part / 100, "{who:?}");
			let before = free(who);
			System::reset_events();
			apply_ok(who, call(pallet_model_shares::Call::claim { model, holder: account(who) }));
			assert_eq!(free(who), before + total * part / 100 - fee_paid_by(&account(who)));
		}
	});
}

/// Every path that paid the owner pays the shareholders: a fine-tune's licensing fee (its base
/// model's owner part), and a sale of an output minted before the shares were issued. Nothing
/// of the owner's part reaches Charlie's account.
#[test]
fn no_path_routes_the_owners_income_around_the_shares() {
	use pallet_royalties::Accrued;
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		let tune = register_model_on(Sr25519Keyring::Dave, Some(model), Perbill::from_percent(20));
		register_cpu_worker(Sr25519Keyring::Ferdie);
		// An output minted while Charlie owned the whole income; its policy names the owner's
		// part by model, not by Charlie's account.
		let early = mint(model, Sr25519Keyring::Bob);
		let tuned = mint(tune, Sr25519Keyring::Bob);
		issue_to_three(model);

		sell(early, Sr25519Keyring::Bob, 1_000 * UNIT);
		let after_sale = income(model);
		assert_eq!(after_sale, 1_000 * UNIT / 10 * 80 / 100);
		// The fine-tune's sale: the base model's owner part of the fine-tune's licensees.
		sell(tuned, Sr25519Keyring::Bob, 1_000 * UNIT);
		assert!(income(model) > after_sale, "the base's owner part of a fine-tune's sale");
		let after_sales = income(model);
		// The fine-tune's job: the same part of its licensing fee.
		settle_a_job(tune, 0);
		assert!(income(model) > after_sales, "the base's owner part of a fine-tune's job");

		// Charlie's royalty accruals are his dataset's part only: 20% of the model's 10%, and
		// of the base's part of the fine-tune's.
		let accrued = |m| {
			Accrued::<Runtime>::get((
				account(Sr25519Keyring::Charlie),
				pallet_royalties::PaymentAsset::Native,
				m,
			))
			.amount
		};
		assert_eq!(accrued(model), 1_000 * UNIT / 10 * 20 / 100);
		let dataset_part_of_tune = accrued(tune);
		let base_part = <atelier_runtime::configs::parameters::MinBaseModelShare as frame_support::traits::Get<Perbill>>::get();
		// The base model's share of the fine-tune's 10%: its owner part (80%) to the pool, its
		// dataset part (20%) to Charlie.
		assert_eq!(dataset_part_of_tune, (base_part * (1_000 * UNIT / 10)) * 20 / 100);
	});
}

/// The shares carry the model's provenance risk: an upheld violation burns the share pools with
/// the royalty pots (the runtime's `RoyaltyPots`), what every holder was owed included, and a
/// holder cannot claim while a challenge is open.
#[test]
fn a_violation_burns_the_share_pools_with_the_royalty_pots() {
	use atelier_primitives::provenance::RoyaltyPots;
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		issue_to_three(model);
		sell_an_output(model, Sr25519Keyring::Bob, 1_000 * UNIT);
		let pool = income(model);
		assert!(pool > 0);
		let issuance = Balances::total_issuance();
		let burned =
			<<Runtime as pallet_attestation::Config>::RoyaltyPots as RoyaltyPots>::burn_accrued(
				&model,
			)
			.unwrap();
		// The pool, and the royalty pot: Charlie's dataset accrual and Bob's creator share (5%).
		assert_eq!(burned, pool + 1_000 * UNIT / 10 * 20 / 100 + 1_000 * UNIT * 5 / 100);
		assert_eq!(Balances::total_issuance(), issuance - burned);
		assert_eq!(claimable(Sr25519Keyring::Dave, model), 0);
		assert_eq!(
			apply(
				Sr25519Keyring::Dave,
				call(pallet_model_shares::Call::claim {
					model,
					holder: account(Sr25519Keyring::Dave)
				})
			),
			Ok(Err(pallet_model_shares::Error::<Runtime>::NothingToClaim.into()))
		);
	});
}

/// A limited proxy cannot move, offer, buy or issue its principal's shares.
#[test]
fn a_limited_proxy_cannot_move_its_principals_shares() {
	use atelier_runtime::configs::accounts::ProxyType;
	use frame_support::traits::InstanceFilter;
	let model = ModelId(0);
	let who = AccountId::from([7; 32]);
	for proxy in [ProxyType::NonTransfer, ProxyType::Compute, ProxyType::Governance] {
		for c in [
			pallet_model_shares::Call::issue { model, supply: SUPPLY },
			pallet_model_shares::Call::transfer { model, to: who.clone(), amount: 1 },
			pallet_model_shares::Call::offer {
				model,
				amount: 1,
				asset: PaymentAsset::Native,
				price: 1,
			},
			pallet_model_shares::Call::buy {
				model,
				seller: who.clone(),
				amount: 1,
				asset: PaymentAsset::Native,
				max_price: 1,
			},
		] {
			assert!(!proxy.filter(&call(c.clone())), "{proxy:?} may not make {c:?}");
		}
	}
	assert!(ProxyType::NonTransfer
		.filter(&call(pallet_model_shares::Call::claim { model, holder: who.clone() })));
}

/// A chain that gains the pallet by an upgrade opens its account as genesis does.
#[test]
fn the_upgrade_opens_the_share_pools_account() {
	use atelier_runtime::configs::provenance::{ModelSharesAccount, OpenModelSharesAccount};
	use frame_support::traits::{fungible::Mutate, OnRuntimeUpgrade};
	dev_ext().execute_with(|| {
		let account = ModelSharesAccount::get();
		let usd = atelier_primitives::stablecoin::ASSET_ID;
		let _ = Balances::set_balance(&account, 0);
		let _ =
			<Assets as frame_support::traits::fungibles::Mutate<_>>::set_balance(usd, &account, 0);
		OpenModelSharesAccount::on_runtime_upgrade();
		assert_eq!(
			Balances::free_balance(&account),
			atelier_primitives::currency::EXISTENTIAL_DEPOSIT
		);
		assert_eq!(Assets::balance(usd, &account), atelier_primitives::stablecoin::MIN_BALANCE);
		// Again: nothing more.
		OpenModelSharesAccount::on_runtime_upgrade();
		assert_eq!(
			Balances::free_balance(&account),
			atelier_primitives::currency::EXISTENTIAL_DEPOSIT
		);
	});
}

/// Attack 72: trading shares back and forth between two of one's own accounts, and claiming the
/// income they earn, buys no reputation (and so no vote weight): nothing in the share calls is
/// credited as creation.
#[test]
fn share_trades_and_claims_buy_no_reputation() {
	use atelier_runtime::Reputation;
	dev_ext().execute_with(|| {
		let model = register_model(Sr25519Keyring::Charlie, Perbill::from_percent(20));
		let standing = |who: Sr25519Keyring| {
			let info = Reputation::reputation_of(&account(who));
			(info.score, info.creation, info.maturing)
		};
		let before = [standing(Sr25519Keyring::Charlie), standing(Sr25519Keyring::Dave)];
		apply_ok(
			Sr25519Keyring::Charlie,
			call(pallet_model_shares::Call::issue { model, supply: SUPPLY }),
		);
		for (seller, buyer) in [
			(Sr25519Keyring::Charlie, Sr25519Keyring::Dave),
			(Sr25519Keyring::Dave, Sr25519Keyring::Charlie),
			(Sr25519Keyring::Charlie, Sr25519Keyring::Dave),
		] {
			apply_ok(
				seller,
				call(pallet_model_shares::Call::offer {
					model,
					amount: 500_000,
					asset: PaymentAsset::Native,
					price: UNIT,
				}),
			);
			apply_ok(
				buyer,
				call(pallet_model_shares::Call::buy {
					model,
					seller: account(seller),
					amount: 500_000,
					asset: PaymentAsset::Native,
					max_price: UNIT,
				}),
			);
		}
		sell_an_output(model, Sr25519Keyring::Bob, 1_000 * UNIT);
		for who in [Sr25519Keyring::Charlie, Sr25519Keyring::Dave] {
			apply_ok(who, call(pallet_model_shares::Call::claim { model, holder: account(who) }));
		}
		assert!(claimable(Sr25519Keyring::Dave, model) == 0 && income(model) > 0);
		assert_eq!([standing(Sr25519Keyring::Charlie), standing(Sr25519Keyring::Dave)], before);
	});
}
