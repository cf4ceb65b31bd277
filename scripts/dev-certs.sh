#!/usr/bin/env bash
# A local development CA and a server certificate for 127.0.0.1/localhost, made with OpenSSL.
#   dev-certs.sh DIR   → DIR/ca.pem, DIR/ca.key, DIR/server.pem, DIR/server.key (keys mode 0600)
# Existing files are kept, so clients that trust DIR/ca.pem keep working across runs.
set -euo pipefail
dir=${1:?usage: dev-certs.sh DIR}
mkdir -p "$dir"
cd "$dir"
# Test processes running in parallel may ask for the same folder at once: one makes, the others wait.
exec 9>"$dir/.lock"
flock 9
umask 077
if [[ ! -f ca.pem || ! -f ca.key ]]; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 \
        -subj "/O=Kiroku development/CN=Kiroku development CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -keyout ca.key -out ca.pem 2>/dev/null
fi
if [[ ! -f server.pem || ! -f server.key ]]; then
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -subj "/O=Kiroku development/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
    cat >server.ext <<'EXT'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1
EXT
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 397 \
        -extfile server.ext -out server.pem 2>/dev/null
    rm -f server.csr server.ext ca.srl
fi
chmod 0600 ca.key server.key
chmod 0644 ca.pem server.pem
