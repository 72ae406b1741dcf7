//! The fixtures other pallets' benchmarks build on: datasets, models with a lineage, minted
//! outputs, attestations and bonds, registered through the real pallets (feature
//! `runtime-benchmarks`).

// Benchmark setup panics on purpose when the runtime cannot set up its worst case.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::unwrap_used,
	clippy::expect_used
)]

use crate::{configs::parameters::MinBaseModelShare, AccountId, Assets, Balances, Runtime};
use alloc::{vec, vec::Vec};
use atelier_primitives::{
	compute::{HardwareClass, JobId},
	currency::UNIT,
	models::ModelId,
	provenance::{DatasetId, OutputId, Permission},
	stablecoin, AssetId,
};
use frame_support::traits::Get;
use sp_runtime::Perbill;

/// Datasets, models with a lineage and minted outputs, registered through provenance, with their
/// attestation and bonds: the fixtures of the provenance, royalties, attestation and compute
/// market benchmarks.
pub struct LineageFixtures;

impl LineageFixtures {
	fn funded(name: &'static str) -> AccountId {
		use frame_support::traits::fungible::Mutate;
		let who: AccountId = frame_benchmarking::account(name, 0, 0);
		let _ = Balances::set_balance(&who, 1_000_000 * UNIT);
		who
	}

	/// A dataset of `owner`'s, open for every use, with `contributors`.
	fn dataset(owner: &AccountId, contributors: Vec<(AccountId, u32)>) -> DatasetId {
		use pallet_provenance::LicenseTerms;
		let license = LicenseTerms {
			training: Permission::Allowed,
			generative_training: Permission::Allowed,
			inference: Permission::Allowed,
		};
		let call = pallet_provenance::Call::<Runtime>::register_dataset {
			content_hash: Default::default(),
			license,
			contributors,
		};
		frame_support::traits::UnfilteredDispatchable::dispatch_bypass_filter(
			call,
			frame_system::RawOrigin::Signed(owner.clone()).into(),
		)
		.expect("the benchmark's dataset registers");
		DatasetId(pallet_provenance::NextDatasetId::<Runtime>::get() - 1)
	}

	/// `owner`'s model on `datasets` (half of its fee to their contributors, nothing to its
	/// base model's licensees), fine-tuned from `base_model` if any.
	fn register_model(
		owner: &AccountId,
		base_model: Option<ModelId>,
		datasets: Vec<DatasetId>,
	) -> ModelId {
		use pallet_provenance::ModelShares;
		let call = pallet_provenance::Call::<Runtime>::register_model {
			base_model,
			datasets,
			fine_tuners: vec![],
			version_hash: Default::default(),
			shares: ModelShares {
				datasets: Perbill::from_percent(50),
				base_model: if base_model.is_some() {
					MinBaseModelShare::get()
				} else {
					Perbill::zero()
				},
			},
		};
		frame_support::traits::UnfilteredDispatchable::dispatch_bypass_filter(
			call,
			frame_system::RawOrigin::Signed(owner.clone()).into(),
		)
		.expect("the benchmark's model registers");
		ModelId(pallet_provenance::NextModelId::<Runtime>::get() - 1)
	}

	/// A monetizable base model whose licensees number `licensees` (at most `MaxLicensees`).
	pub fn model(licensees: u32) -> ModelId {
		use frame_support::traits::fungible::Mutate;
		let owner = Self::funded("model-owner");
		// The contributors hold ATL, so that each licensing payment to them is made (a payment
		// below the existential deposit to an empty account goes to the reserve instead).
		let contributors: Vec<(AccountId, u32)> = (1..licensees.max(1))
			.map(|i| {
				let who: AccountId = frame_benchmarking::account("contributor", i, 0);
				let _ = Balances::set_balance(&who, UNIT);
				(who, 1)
			})
			.collect();
		let contributors =
			if contributors.is_empty() { vec![(owner.clone(), 1)] } else { contributors };
		let dataset = Self::dataset(&owner, contributors);
		let model = Self::register_model(&owner, None, vec![dataset]);
		Self::clear(&owner, model);
		model
	}

	/// A fine-tune of a base model, both on a dataset of their own and cleared to earn, owned by
	/// the `i`th of distinct funded owners.
	pub fn owned_fine_tune(i: u32) -> (AccountId, ModelId, ModelId) {
		use frame_support::traits::fungible::Mutate;
		let owner: AccountId = frame_benchmarking::account("fine-tuner", i, 0);
		let _ = Balances::set_balance(&owner, 1_000_000 * UNIT);
		let own = |owner: &AccountId| Self::dataset(owner, vec![(owner.clone(), 1)]);
		let base = Self::register_model(&owner, None, vec![own(&owner)]);
		let model = Self::register_model(&owner, Some(base), vec![own(&owner)]);
		Self::clear(&owner, model);
		(owner, base, model)
	}

	fn dispatch(call: impl Into<crate::RuntimeCall>, origin: crate::RuntimeOrigin) {
		use frame_support::traits::UnfilteredDispatchable;
		let call: crate::RuntimeCall = call.into();
		call.dispatch_bypass_filter(origin)
			.expect("the benchmark's setup call succeeds");
	}

	/// Clears `model` to earn: a quorum of attestors attests every dataset up its lineage, and
	/// its owner bonds every model in it.
	pub fn clear(owner: &AccountId, model: ModelId) {
		use atelier_primitives::provenance::ModelLineage;
		use pallet_attestation::{Call, Uses};
		type Quorum = crate::configs::parameters::dynamic_params::attestation::Quorum;
		let attestors: Vec<AccountId> = (0..Quorum::get())
			.map(|i| {
				let who: AccountId = frame_benchmarking::account("benchmark-attestor", i, 0);
				if !pallet_attestation::Attestors::<Runtime>::contains_key(&who) {
					use frame_support::traits::fungible::Mutate;
					let _ = Balances::set_balance(&who, 1_000_000 * UNIT);
					Self::dispatch(
						Call::<Runtime>::apply_as_attestor {},
						frame_system::RawOrigin::Signed(who.clone()).into(),
					);
					Self::dispatch(
						Call::<Runtime>::approve_attestor { who: who.clone() },
						frame_system::RawOrigin::Root.into(),
					);
				}
				who
			})
			.collect();
		let expires =
			frame_system::Pallet::<Runtime>::block_number() + 30 * atelier_primitives::time::DAYS;
		let mut current = Some(model);
		while let Some(link) =
			current.and_then(|m| <crate::Provenance as ModelLineage<AccountId>>::model(&m))
		{
			for dataset in link.datasets.iter() {
				for who in attestors.iter() {
					Self::dispatch(
						Call::<Runtime>::attest {
							dataset: *dataset,
							uses: Uses::ALL,
							evidence: Default::default(),
							expires,
						},
						frame_system::RawOrigin::Signed(who.clone()).into(),
					);
				}
			}
			let id = current.expect("the loop reads a model");
			if pallet_attestation::Models::<Runtime>::get(id).bond.is_none() {
				Self::dispatch(
					Call::<Runtime>::bond_model { model: id },
					frame_system::RawOrigin::Signed(owner.clone()).into(),
				);
			}
			current = link.base_model;
		}
	}

	/// A fine-tune `MaxModelGenerations` deep, every generation on `MaxDatasets` datasets of its
	/// own: the longest walk the monetizability check makes (each listing, sale and job
	/// submission makes it).
	pub fn deepest_model() -> ModelId {
		let owner = Self::funded("model-owner");
		let (model, _) = Self::deepest_lineage(&owner);
		Self::clear(&owner, model);
		model
	}

	/// `owner`'s fine-tune `MaxModelGenerations` deep, every generation on `MaxDatasets`
	/// datasets of its own, not yet cleared to earn; and a dataset of its root model.
	pub fn deepest_lineage(owner: &AccountId) -> (ModelId, DatasetId) {
		use frame_support::traits::Get;
		type D = <Runtime as pallet_provenance::Config>::MaxDatasets;
		type G = <Runtime as pallet_provenance::Config>::MaxModelGenerations;
		let mut model = None;
		let mut root_dataset = None;
		for _ in 0..=G::get() {
			let datasets: Vec<_> =
				(0..D::get()).map(|_| Self::dataset(owner, vec![(owner.clone(), 1)])).collect();
			root_dataset = root_dataset.or(datasets.first().copied());
			model = Some(Self::register_model(owner, model, datasets));
		}
		(model.expect("at least one generation"), root_dataset.expect("at least one dataset"))
	}
}

impl pallet_provenance::benchmarking::BenchmarkHelper<AccountId> for LineageFixtures {
	/// A job record as the compute market leaves it once the receipt lands: settled now, so
	/// within its challenge period.
	fn settled_job(requester: &AccountId, model: ModelId, output_hash: sp_core::H256) -> JobId {
		use pallet_compute_market::{Job, JobStatus, Jobs, NextJobId};
		let id = NextJobId::<Runtime>::get();
		NextJobId::<Runtime>::put(id.saturating_add(1));
		let now = frame_system::Pallet::<Runtime>::block_number();
		Jobs::<Runtime>::insert(
			JobId(id),
			Job {
				requester: requester.clone(),
				model,
				class: HardwareClass::ConsumerGpu,
				max_units: 1,
				max_base_fee_per_unit: 0,
				tip_per_unit: 0,
				input_commitment: Default::default(),
				deadline: now,
				escrow: 0,
				status: JobStatus::Settled {
					worker: Self::funded("worker"),
					output_hash: atelier_primitives::compute::output_commitment(
						JobId(id),
						&output_hash,
					),
					units_used: 1,
					charged: 0,
					settled_at: now,
				},
			},
		);
		JobId(id)
	}
}

impl pallet_royalties::benchmarking::BenchmarkHelper<AccountId> for LineageFixtures {
	fn sellable_output(owner: &AccountId) -> OutputId {
		use frame_support::traits::fungible::Mutate;
		let model = Self::deepest_model();
		let _ = Balances::set_balance(owner, 1_000_000 * UNIT);
		let call = pallet_provenance::Call::<Runtime>::mint_output {
			model,
			job: None,
			content_hash: Default::default(),
			prompts: vec![],
			parents: vec![],
			content_credential: None,
			creator_share: Perbill::from_percent(5),
		};
		frame_support::traits::UnfilteredDispatchable::dispatch_bypass_filter(
			call,
			frame_system::RawOrigin::Signed(owner.clone()).into(),
		)
		.expect("the benchmark's output mints");
		OutputId(pallet_provenance::NextOutputId::<Runtime>::get() - 1)
	}

	/// The stablecoin, created as genesis creates it on the dev and local chains (sufficient)
	/// when the benchmarks run on a genesis without it.
	fn accepted_asset() -> AssetId {
		use frame_support::traits::fungibles::{Create, Inspect};
		if !Assets::asset_exists(stablecoin::ASSET_ID) {
			let owner = Self::funded("stablecoin-owner");
			<Assets as Create<AccountId>>::create(
				stablecoin::ASSET_ID,
				owner,
				true,
				stablecoin::MIN_BALANCE,
			)
			.expect("the benchmark's stablecoin is created");
		}
		stablecoin::ASSET_ID
	}
}

impl pallet_model_shares::benchmarking::BenchmarkHelper<AccountId> for LineageFixtures {
	/// The deepest model registration allows, owned by `owner`: a claim's gate walks its
	/// whole lineage.
	fn model(owner: &AccountId) -> ModelId {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::set_balance(owner, 1_000_000 * UNIT);
		Self::deepest_lineage(owner).0
	}

	fn accepted_asset() -> AssetId {
		<Self as pallet_royalties::benchmarking::BenchmarkHelper<AccountId>>::accepted_asset()
	}
}

impl pallet_attestation::benchmarking::BenchmarkHelper<Runtime> for LineageFixtures {
	fn dataset(owner: &AccountId) -> DatasetId {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::set_balance(owner, 1_000_000 * UNIT);
		Self::dataset(owner, vec![(owner.clone(), 1)])
	}

	fn deepest_model(owner: &AccountId) -> (ModelId, DatasetId) {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::set_balance(owner, 1_000_000 * UNIT);
		Self::deepest_lineage(owner)
	}

	/// 1 000 ATL and 1 000 aUSD accrued to an account from the model's outputs, held in the
	/// royalties account as a sale leaves them.
	fn royalties(model: &ModelId) {
		use frame_support::traits::{fungible::Mutate, fungibles::Mutate as _};
		use pallet_royalties::{Accrual, Accrued, PaymentAsset, Pot, Pots, TotalAccrued};
		let account = crate::configs::provenance::RoyaltiesAccount::get();
		let who: AccountId = frame_benchmarking::account("royalty-recipient", 0, 0);
		for (asset, amount) in [
			(PaymentAsset::Native, 1_000 * UNIT),
			(PaymentAsset::Asset(stablecoin::ASSET_ID), 1_000 * stablecoin::DOLLAR),
		] {
			match asset {
				PaymentAsset::Native => {
					Balances::mint_into(&account, amount).expect("minting for a benchmark");
				},
				PaymentAsset::Asset(id) => {
					Assets::mint_into(id, &account, amount).expect("minting for a benchmark");
				},
			}
			Accrued::<Runtime>::insert((&who, asset, *model), Accrual { amount, epoch: 0 });
			Pots::<Runtime>::insert(model, asset, Pot { total: amount, epoch: 0 });
			TotalAccrued::<Runtime>::mutate(asset, |total| *total += amount);
		}
	}
}

impl pallet_compute_market::benchmarking::BenchmarkHelper<AccountId> for LineageFixtures {
	fn monetizable_model(licensees: u32) -> ModelId {
		Self::model(licensees)
	}

	fn deepest_model() -> ModelId {
		Self::deepest_model()
	}

	fn qualify_for_high_compute(who: &AccountId) {
		// Tier 1's score of matured creation.
		let tier_1 = crate::configs::parameters::dynamic_params::reputation::TierThresholds::get()
			.first()
			.copied()
			.unwrap_or(1);
		crate::Reputation::benchmark_creation(who, tier_1).expect("the requester's record opens");
	}
}
