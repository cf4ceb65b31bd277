#!/usr/bin/env bash
# Test certificates for the police listener's mutual TLS, made with OpenSSL:
#   police-test-certs.sh DIR →
#     DIR/police-ca.pem                     the police CA (the listener's only trust anchor, police.ca_file)
#     DIR/shinjuku.pem, shinjuku.key        a valid client certificate of agency "Tokyo MPD Shinjuku"
#     DIR/namba.pem, namba.key              a valid client certificate of another agency, "Osaka PD Namba"
#     DIR/expired.pem, expired.key          agency "Tokyo MPD Shinjuku", from the police CA, expired in 2024
#     DIR/rogue.pem, rogue.key              agency "Tokyo MPD Shinjuku", from another CA (rogue-ca.pem)
# Existing files are kept. Keys are mode 0600. Development and tests only: never trust these in a store.
set -euo pipefail
dir=${1:?usage: police-test-certs.sh DIR}
mkdir -p "$dir"
cd "$dir"
exec 9>"$dir/.lock"
flock 9
umask 077

make_ca() { # name subject
    [[ -f $1.pem && -f $1.key ]] && return
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 -subj "$2" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -keyout "$1.key" -out "$1.pem" 2>/dev/null
}

cat >client.ext <<'EXT'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth
EXT

make_client() { # name subject ca
    [[ -f $1.pem && -f $1.key ]] && return
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "$2" -keyout "$1.key" -out "$1.csr" \
        2>/dev/null
    openssl x509 -req -in "$1.csr" -CA "$3.pem" -CAkey "$3.key" -CAcreateserial -days 397 -extfile client.ext \
        -out "$1.pem" 2>/dev/null
    rm -f "$1.csr"
}

make_ca police-ca "/O=Kiroku test police CA/CN=Kiroku test police CA"
make_ca rogue-ca "/O=Kiroku test rogue CA/CN=Kiroku test rogue CA"
make_client shinjuku "/O=Tokyo MPD Shinjuku/CN=officer-0001" police-ca
make_client namba "/O=Osaka PD Namba/CN=officer-0002" police-ca
make_client rogue "/O=Tokyo MPD Shinjuku/CN=officer-0001" rogue-ca

# OpenSSL 3.0's x509 can't set past dates; its ca command can (-startdate/-enddate).
if [[ ! -f expired.pem || ! -f expired.key ]]; then
    mkdir -p ca-db
    : >ca-db/index.txt
    [[ -f ca-db/serial ]] || echo 1000 >ca-db/serial
    cat >ca.cnf <<CNF
[ ca ]
default_ca = police_ca
[ police_ca ]
database = $dir/ca-db/index.txt
new_certs_dir = $dir/ca-db
serial = $dir/ca-db/serial
default_md = sha256
policy = policy_any
unique_subject = no
[ policy_any ]
organizationName = supplied
commonName = supplied
[ client_ext ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
CNF
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/O=Tokyo MPD Shinjuku/CN=officer-0001" \
        -keyout expired.key -out expired.csr 2>/dev/null
    openssl ca -batch -config ca.cnf -cert police-ca.pem -keyfile police-ca.key -in expired.csr -out expired.pem \
        -startdate 20240101000000Z -enddate 20240201000000Z -extensions client_ext -notext 2>/dev/null
    rm -f expired.csr
fi
rm -f client.ext ./*.srl
chmod 0600 ./*.key
chmod 0644 ./*.pem
