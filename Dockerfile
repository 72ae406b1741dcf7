# Builds atelier-node (with the metadata hash embedded, for offline signers), the reference
# inference service and the reference oracle operator, and ships them on a slim Debian image.
# `docker compose up` starts the four-validator local network from it; a GPU worker runs
# `atelier-inference` beside its node, an oracle operator `atelier-oracle`.
FROM docker.io/library/rust:1.95-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends protobuf-compiler clang libclang-dev \
	&& rm -rf /var/lib/apt/lists/*
RUN rustup target add wasm32v1-none
WORKDIR /atelier
COPY . .
RUN cargo build --release --locked -p atelier-node --features metadata-hash \
	&& cargo build --release --locked -p atelier-inference -p atelier-oracle

FROM docker.io/library/debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
	&& rm -rf /var/lib/apt/lists/* \
	&& useradd -m -u 1000 -U -d /atelier atelier \
	&& mkdir -p /data && chown atelier:atelier /data
COPY --from=builder /atelier/target/release/atelier-node /usr/local/bin/atelier-node
COPY --from=builder /atelier/target/release/atelier-inference /usr/local/bin/atelier-inference
COPY --from=builder /atelier/target/release/atelier-oracle /usr/local/bin/atelier-oracle
USER atelier
# p2p, JSON-RPC (HTTP and WebSocket), Prometheus
EXPOSE 30333 9944 9615
VOLUME ["/data"]
ENTRYPOINT ["/usr/local/bin/atelier-node"]
CMD ["--dev", "--base-path", "/data", "--rpc-external", "--rpc-cors", "all", "--prometheus-external"]
