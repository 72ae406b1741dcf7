//! # Provenance
//!
//! Every dataset, model and generated output on Atelier is an NFT (in `pallet-nfts`) that records
//! where it came from.
//!
//! - **Collections**: one each for datasets, models and outputs, created at genesis and owned by
//!   the pallet's account. Items are minted only through this pallet, locked against every
//!   `pallet-nfts` transfer, sale, swap and burn (the pallet-level `TransferDisabled` attribute,
//!   which only the pallet can clear); outputs move only through the royalties pallet, which pays
//!   the lineage first. Each item carries attributes that wallets and explorers read.
//! - **Datasets**: owner, content hash, licence for AI use (training, generative training,
//!   inference: allowed, not allowed or constrained), contributors with weights.
//! - **Models**: owner, base model (fine-tunes), datasets, fine-tuners with shares, version hash.
//!   Its licensees (everyone upstream, with their share of its licensing fee) are computed once at
//!   registration. A model may earn only if every dataset allows generative training and is
//!   cleared by attestation, and its base model may earn. The pallet is the compute market's
//!   [`ModelRegistry`].
//! - **Outputs**: model, the compute-market job it came from, prompt commitments, parents it
//!   remixes (bounded), creator, optional C2PA manifest hash, and a royalty policy registered with
//!   the royalties pallet at mint.
//! - **Lineage** is a DAG by construction (parents exist before children); [`Pallet::lineage`]
//!   walks it breadth first, bounded in depth and size, for the runtime API.
//!
//! `docs/pallets/provenance.md` gives the rules and every parameter.

#![cfg_attr(not(feature = "std"), no_std)]
// A panic in runtime code halts block production: arithmetic is checked or saturating, indexing
// is checked, and nothing unwraps. Tests and benchmarks allow these in their own modules.
#![cfg_attr(
	not(test),
	deny(
		clippy::arithmetic_side_effects,
		clippy::indexing_slicing,
		clippy::unwrap_used,
		clippy::expect_used
	)
)]
#![deny(missing_docs)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod features;
mod impl_model_lineage;
mod impl_model_registry;
mod impl_output_registry;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use atelier_primitives::{
	compute::JobId,
	models::{ModelId, ModelRegistry},
	provenance::{
		ComputeReceipts, DatasetAttestation, DatasetId, OutputId, OutputRegistry, Permission,
		Purpose, RoyaltyPolicies,
	},
	CollectionId, ItemId,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// The log target of this pallet.
pub const LOG_TARGET: &str = "runtime::provenance";

// FRAME's pallet macro expands `expect`s (storage and error metadata) and dispatchables with
// many arguments into this module. The code written here stays thin; its own `expect`s are
// genesis checks, which must panic on a bad genesis, each with its reason.
#[allow(clippy::expect_used, clippy::too_many_arguments)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use atelier_primitives::models::{ModelStyleList, StyleId};
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			tokens::nonfungibles_v2::{
				Create, Inspect as NftInspect, Mutate as NftMutate, Transfer as NftTransfer,
			},
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use pallet_nfts::{CollectionConfig, ItemConfig};
	use sp_core::H256;
	use sp_runtime::Perbill;

	/// The in-code storage version: 1 names each model's owner part by model
	/// ([`crate::migrations`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a dataset's, model's or output's record, held from whoever minted it.
		Record,
	}

	/// The collection configuration `pallet-nfts` takes, with the native token as its price.
	pub type NftCollectionConfigOf<T> =
		CollectionConfig<BalanceOf<T>, BlockNumberFor<T>, CollectionId>;

	#[pallet::config]
	pub trait Config: frame_system::Config {
		// Money and NFTs.
		/// The native token, in which record deposits are held.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// Where every provenance NFT lives (`pallet-nfts`).
		type Nfts: NftInspect<Self::AccountId, CollectionId = CollectionId, ItemId = ItemId>
			+ Create<Self::AccountId, NftCollectionConfigOf<Self>>
			+ NftMutate<Self::AccountId, ItemConfig>
			+ NftTransfer<Self::AccountId>;
		/// The pallet's id; its account owns the three collections (and pays their deposits, so
		/// genesis endows it).
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// The deposit held for each record (dataset, model or output), covering its storage.
		#[pallet::constant]
		type RecordDeposit: Get<BalanceOf<Self>>;
		/// The least share of a model's licensing fee its datasets take, whenever it lists
		/// datasets: every model pays the data it was trained on.
		#[pallet::constant]
		type MinDatasetShare: Get<Perbill>;
		/// The least share of a fine-tune's licensing fee its base model's licensees take: every
		/// fine-tune pays the model it was built on.
		#[pallet::constant]
		type MinBaseModelShare: Get<Perbill>;

		// Seams to other pallets.
		/// Whether datasets are attested and cleared for a purpose (the attestation pallet).
		type Attestation: DatasetAttestation;
		/// Settled inference receipts (the compute market).
		type Receipts: ComputeReceipts<Self::AccountId>;
		/// Where outputs' royalty policies go (the royalties pallet).
		type Royalties: RoyaltyPolicies<Self::AccountId>;

		// Bounds.
		/// The most contributors a dataset lists.
		#[pallet::constant]
		type MaxContributors: Get<u32>;
		/// The most datasets a model lists.
		#[pallet::constant]
		type MaxDatasets: Get<u32>;
		/// The most fine-tuners a model lists.
		#[pallet::constant]
		type MaxFineTuners: Get<u32>;
		/// The most licensees a model's licensing fee is split among; beyond them, the smallest
		/// shares go to the reserve.
		#[pallet::constant]
		type MaxLicensees: Get<u32>;
		/// The most base models below a fine-tune.
		#[pallet::constant]
		type MaxModelGenerations: Get<u32>;
		/// The most prompt commitments an output lists.
		#[pallet::constant]
		type MaxPrompts: Get<u32>;
		/// The most parents an output remixes.
		#[pallet::constant]
		type MaxParents: Get<u32>;
		/// The deepest a lineage query goes.
		#[pallet::constant]
		type MaxLineageDepth: Get<u32>;
		/// The most ancestors a lineage query returns.
		#[pallet::constant]
		type MaxLineageNodes: Get<u32>;

		/// Who adds styles to the registry (governance).
		type StyleOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The most styles the registry holds.
		#[pallet::constant]
		type MaxStyles: Get<u32>;
		/// The longest style name, in bytes.
		#[pallet::constant]
		type MaxStyleNameLen: Get<u32>;

		/// Weights of the dispatchables, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up what the benchmarks need from other pallets.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self::AccountId>;
	}

	/// A style's name.
	pub type StyleName<T> = BoundedVec<u8, <T as Config>::MaxStyleNameLen>;

	/// The style registry: each style's name (at most `MaxStyles`).
	#[pallet::storage]
	pub type Styles<T: Config> = StorageMap<_, Twox64Concat, StyleId, StyleName<T>>;

	/// Each style's id by name, so that no name is registered twice.
	#[pallet::storage]
	pub type StyleNames<T: Config> = StorageMap<_, Blake2_128Concat, StyleName<T>, StyleId>;

	/// The next style's id (the number of styles).
	#[pallet::storage]
	pub type NextStyleId<T: Config> = StorageValue<_, StyleId, ValueQuery>;

	/// A model's styles, set once by its owner.
	#[pallet::storage]
	pub type ModelStyleTags<T: Config> = StorageMap<_, Twox64Concat, ModelId, ModelStyleList>;

	/// The three collections, created at genesis.
	#[pallet::storage]
	pub type ProvenanceCollections<T: Config> = StorageValue<_, Collections>;

	/// Datasets by id. Twox64 is safe: ids are sequential, not chosen by users.
	#[pallet::storage]
	pub type Datasets<T: Config> = StorageMap<_, Twox64Concat, DatasetId, DatasetOf<T>>;

	/// Models by id.
	#[pallet::storage]
	pub type Models<T: Config> = StorageMap<_, Twox64Concat, ModelId, ModelOf<T>>;

	/// Outputs by id.
	#[pallet::storage]
	pub type Outputs<T: Config> = StorageMap<_, Twox64Concat, OutputId, OutputOf<T>>;

	/// The output minted from each compute-market job: a receipt backs one output.
	#[pallet::storage]
	pub type JobOutputs<T: Config> = StorageMap<_, Twox64Concat, JobId, OutputId>;

	/// The id the next dataset gets.
	#[pallet::storage]
	pub type NextDatasetId<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The id the next model gets.
	#[pallet::storage]
	pub type NextModelId<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The id the next output gets.
	#[pallet::storage]
	pub type NextOutputId<T: Config> = StorageValue<_, u32, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		#[serde(skip)]
		_config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// Genesis endows the pallet's account with the three collection deposits. A chain
			// without its collections would run with every mint failing, so a genesis that cannot
			// create them does not build.
			match Pallet::<T>::create_collections() {
				Ok(collections) => ProvenanceCollections::<T>::put(collections),
				Err(error) => panic!(
					"the provenance collections could not be created at genesis ({error:?}): \
					 endow the provenance pallet's account ({:?}) with at least three \
					 pallet-nfts collection deposits and the existential deposit",
					Pallet::<T>::account_id()
				),
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A dataset was registered and its NFT minted.
		DatasetRegistered {
			/// Its id (and NFT item id).
			dataset: DatasetId,
			/// Its owner.
			owner: T::AccountId,
			/// The hash of its content.
			content_hash: H256,
		},
		/// A model was registered and its NFT minted.
		ModelRegistered {
			/// Its id (and NFT item id).
			model: ModelId,
			/// Its owner.
			owner: T::AccountId,
			/// The model it was fine-tuned from.
			base_model: Option<ModelId>,
			/// How many accounts share its licensing fee.
			licensees: u32,
		},
		/// Governance added a style to the registry.
		StyleAdded {
			/// Its id.
			style: StyleId,
			/// Its name.
			name: StyleName<T>,
		},
		/// A model's owner tagged it with its styles (once).
		ModelStylesSet {
			/// The model.
			model: ModelId,
			/// Its styles.
			styles: ModelStyleList,
		},
		/// An output was minted with its lineage and royalty policy.
		OutputMinted {
			/// Its id (and NFT item id).
			output: OutputId,
			/// Its creator.
			creator: T::AccountId,
			/// The model that generated it.
			model: ModelId,
			/// The compute-market job it came from.
			job: Option<JobId>,
			/// How many outputs it remixes.
			parents: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The provenance collections do not exist: the chain's genesis did not create them.
		NoCollections,
		/// No dataset has this id.
		UnknownDataset,
		/// No model has this id.
		UnknownModel,
		/// No output has this id.
		UnknownOutput,
		/// A parent output does not exist: parents must be minted before their remixes.
		UnknownParent,
		/// The same parent is listed twice.
		DuplicateParent,
		/// The same dataset is listed twice.
		DuplicateDataset,
		/// More contributors than `MaxContributors`.
		TooManyContributors,
		/// More datasets than `MaxDatasets`.
		TooManyDatasets,
		/// More fine-tuners than `MaxFineTuners`.
		TooManyFineTuners,
		/// More parents than `MaxParents`.
		TooManyParents,
		/// More prompt commitments than `MaxPrompts`.
		TooManyPrompts,
		/// A dataset needs at least one contributor, and every weight must be above zero.
		NoContributors,
		/// A base model (one without a base) must list the datasets it was trained on.
		NoDatasets,
		/// The datasets' share is above zero but no datasets are listed.
		DatasetShareWithoutDatasets,
		/// The base model's share is above zero but the model has no base model.
		BaseShareWithoutBaseModel,
		/// The datasets' share, the base model's share and the fine-tuners' shares add up to more
		/// than 100%.
		SharesExceedWhole,
		/// The datasets' share is below `MinDatasetShare`: a model that lists datasets pays them
		/// at least that.
		DatasetShareTooLow,
		/// The base model's share is below `MinBaseModelShare`: a fine-tune pays its base model
		/// at least that.
		BaseShareTooLow,
		/// The fine-tune would sit on more than `MaxModelGenerations` base models.
		TooManyGenerations,
		/// The job has no settled receipt to mint from (unknown, unsettled, past its challenge
		/// period, or waiting for its spot-check draw or check: try again in a few blocks).
		UnknownReceipt,
		/// The receipt is for another model, or does not commit to this output hash.
		ReceiptMismatch,
		/// Only the job's requester may mint its output.
		NotRequester,
		/// An output was already minted from this job.
		ReceiptAlreadyUsed,
		/// The id space of this kind of item is exhausted.
		IdsExhausted,
		/// A style needs a name.
		EmptyStyleName,
		/// A style of this name exists.
		DuplicateStyleName,
		/// The registry holds `MaxStyles` styles.
		TooManyStyles,
		/// No style has this id.
		UnknownStyle,
		/// The same style is listed twice.
		DuplicateStyle,
		/// A model is tagged with one style at least.
		NoStyles,
		/// The model's styles are set, and never change.
		StylesAlreadySet,
		/// Only the model's owner may tag it.
		NotModelOwner,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxContributors::get() > 0, "a dataset must be able to list a contributor");
			assert!(T::MaxDatasets::get() > 0, "a model must be able to list a dataset");
			assert!(T::MaxLicensees::get() > 0, "a model must be able to pay its owner");
			assert!(T::MaxParents::get() > 0, "an output must be able to remix");
			assert!(T::MaxLineageDepth::get() > 0, "lineage queries must reach the parents");
			assert!(
				u64::from(T::MinDatasetShare::get().deconstruct())
					.saturating_add(u64::from(T::MinBaseModelShare::get().deconstruct()))
					< 1_000_000_000,
				"the minimum upstream shares leave a fine-tune's owner nothing"
			);
			assert!(
				T::MaxLineageNodes::get() >= T::MaxParents::get().saturating_add(1),
				"a lineage query must return at least an output's model and parents"
			);
			assert!(
				T::MaxStyles::get() > 0 && T::MaxStyles::get() <= u32::from(StyleId::MAX),
				"the style registry holds a style, and its ids fit"
			);
			assert!(T::MaxStyleNameLen::get() > 0, "a style has a name");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a dataset and mint its NFT to the caller.
		///
		/// - Origin: signed, the dataset's owner, who pays the record deposit and the NFT's
		///   deposit.
		/// - `content_hash`: the hash of the dataset's content.
		/// - `license`: what the dataset may be used for.
		/// - `contributors`: who contributed, with weights (at most `MaxContributors`, each
		///   above zero).
		///
		/// Errors: [`Error::TooManyContributors`], [`Error::NoContributors`],
		/// [`Error::NoCollections`], [`Error::IdsExhausted`], or a balance error if the deposits
		/// cannot be held.
		///
		/// Emits: [`Event::DatasetRegistered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_dataset(
			(contributors.len() as u32).min(T::MaxContributors::get())
		))]
		pub fn register_dataset(
			origin: OriginFor<T>,
			content_hash: H256,
			license: LicenseTerms,
			contributors: Vec<(T::AccountId, u32)>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_register_dataset(owner, content_hash, license, contributors).map(|_| ())
		}

		/// Register a model (a base model or a fine-tune) and mint its NFT to the caller.
		///
		/// - Origin: signed, the model's owner, who takes the part of its licensing fee that the
		///   other shares leave, and pays the deposits.
		/// - `base_model`: the model it was fine-tuned from, if any.
		/// - `datasets`: the datasets it was trained on (at least one for a base model).
		/// - `fine_tuners`: who fine-tuned it, with their shares of its licensing fee.
		/// - `version_hash`: the hash of its weights.
		/// - `shares`: the datasets' and the base model's shares of its licensing fee: at least
		///   `MinDatasetShare` to the datasets when it lists any, at least `MinBaseModelShare` to
		///   the base model of a fine-tune.
		///
		/// Errors: [`Error::UnknownModel`] (the base model), [`Error::UnknownDataset`],
		/// [`Error::DuplicateDataset`], [`Error::TooManyDatasets`], [`Error::TooManyFineTuners`],
		/// [`Error::TooManyGenerations`], [`Error::NoDatasets`],
		/// [`Error::DatasetShareWithoutDatasets`], [`Error::BaseShareWithoutBaseModel`],
		/// [`Error::DatasetShareTooLow`], [`Error::BaseShareTooLow`],
		/// [`Error::SharesExceedWhole`], [`Error::NoCollections`], [`Error::IdsExhausted`], or a
		/// balance error if the deposits cannot be held.
		///
		/// Emits: [`Event::ModelRegistered`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::register_model(
			(datasets.len() as u32).min(T::MaxDatasets::get()),
			(fine_tuners.len() as u32).min(T::MaxFineTuners::get()),
		))]
		pub fn register_model(
			origin: OriginFor<T>,
			base_model: Option<ModelId>,
			datasets: Vec<DatasetId>,
			fine_tuners: Vec<(T::AccountId, Perbill)>,
			version_hash: H256,
			shares: ModelShares,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_register_model(owner, base_model, datasets, fine_tuners, version_hash, shares)
				.map(|_| ())
		}

		/// Mint an output: a work generated by `model`, possibly remixing earlier outputs.
		///
		/// - Origin: signed, the creator, who holds the NFT and pays the deposits.
		/// - `model`: the model that generated it.
		/// - `job`: the compute-market job it came from, if generated on Atelier: its receipt must
		///   be settled (and still on record), for `model` and `content_hash`, requested by the
		///   caller, and not used for another output.
		/// - `content_hash`: the hash of the work.
		/// - `prompts`: commitments to the prompts that produced it (at most `MaxPrompts`).
		/// - `parents`: the outputs it remixes (at most `MaxParents`, each existing, no repeats).
		/// - `content_credential`: the hash of its C2PA manifest, if any.
		/// - `creator_share`: the creator's royalty on every later sale; with the protocol's
		///   lineage shares it must fit the royalty cap.
		///
		/// Errors: [`Error::UnknownModel`], [`Error::TooManyPrompts`], [`Error::TooManyParents`],
		/// [`Error::DuplicateParent`], [`Error::UnknownParent`], [`Error::ReceiptAlreadyUsed`],
		/// [`Error::UnknownReceipt`], [`Error::NotRequester`], [`Error::ReceiptMismatch`],
		/// [`Error::NoCollections`], [`Error::IdsExhausted`], the royalties pallet's
		/// `RoyaltyStackTooHigh`, or a balance error if the deposits cannot be held.
		///
		/// Emits: [`Event::OutputMinted`], and the royalties pallet's `PolicyRegistered`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::mint_output(
			(parents.len() as u32).min(T::MaxParents::get()),
			(prompts.len() as u32).min(T::MaxPrompts::get()),
		))]
		pub fn mint_output(
			origin: OriginFor<T>,
			model: ModelId,
			job: Option<JobId>,
			content_hash: H256,
			prompts: Vec<H256>,
			parents: Vec<OutputId>,
			content_credential: Option<H256>,
			creator_share: Perbill,
		) -> DispatchResult {
			let creator = ensure_signed(origin)?;
			Self::do_mint_output(
				creator,
				model,
				job,
				content_hash,
				prompts,
				parents,
				content_credential,
				creator_share,
			)
			.map(|_| ())
		}

		/// Adds a style to the registry under the next id.
		///
		/// - Origin: [`Config::StyleOrigin`].
		/// - Errors: [`Error::EmptyStyleName`], [`Error::DuplicateStyleName`],
		///   [`Error::TooManyStyles`].
		/// - Emits: [`Event::StyleAdded`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::add_style())]
		pub fn add_style(origin: OriginFor<T>, name: StyleName<T>) -> DispatchResult {
			T::StyleOrigin::ensure_origin(origin)?;
			Self::do_add_style(name).map(|_| ())
		}

		/// Tags a model with its styles, once: the reserve counts the model's demand over them,
		/// split evenly. Send it with `register_model` in one batch to tag the model at
		/// registration.
		///
		/// - Origin: signed, the model's owner.
		/// - Errors: [`Error::UnknownModel`], [`Error::NotModelOwner`],
		///   [`Error::StylesAlreadySet`], [`Error::NoStyles`], [`Error::UnknownStyle`],
		///   [`Error::DuplicateStyle`].
		/// - Emits: [`Event::ModelStylesSet`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_model_styles())]
		pub fn set_model_styles(
			origin: OriginFor<T>,
			model: ModelId,
			styles: ModelStyleList,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_model_styles(who, model, styles)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The pallet's account: owner of the three collections.
		pub fn account_id() -> T::AccountId {
			use sp_runtime::traits::AccountIdConversion;
			T::PalletId::get().into_account_truncating()
		}

		/// Creates the three collections, owned by the pallet's account.
		pub(crate) fn create_collections() -> Result<Collections, DispatchError> {
			let account = Self::account_id();
			let config = NftCollectionConfigOf::<T> {
				settings: pallet_nfts::CollectionSettings::all_enabled(),
				max_supply: None,
				mint_settings: Default::default(),
			};
			let create = || T::Nfts::create_collection(&account, &account, &config);
			Ok(Collections { datasets: create()?, models: create()?, outputs: create()? })
		}
	}
}
