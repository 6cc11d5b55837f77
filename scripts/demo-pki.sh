#!/usr/bin/env bash
# A demo CA and a chairman's signing key for playing the commission's story (README, "The voucher
# commission"): DIR/ca.pem (trust it on the server and in the app) and DIR/chairman.p12 (password
# `kezek-demo`), made with openssl like a national CA's files. Demo only, never for real use.
# Usage: scripts/demo-pki.sh [DIR]   (default /tmp/kezek-demo-pki)
set -euo pipefail
dir=${1:-/tmp/kezek-demo-pki}
mkdir -p "$dir"
cd "$dir"
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 3650 \
  -subj "/C=KG/O=Kezek demo/CN=Kezek demo root CA" \
  -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout chairman.key -out chairman.csr \
  -subj "/C=KG/CN=Асанов Бакыт/SN=Асанов/GN=Бакыт/serialNumber=PIN21503197800011" -utf8 2>/dev/null
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n' > ext.cnf
openssl x509 -req -in chairman.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 730 \
  -extfile ext.cnf -out chairman.pem 2>/dev/null
openssl pkcs12 -export -inkey chairman.key -in chairman.pem -certfile ca.pem \
  -name "Асанов Бакыт" -out chairman.p12 -passout pass:kezek-demo
rm -f chairman.csr ext.cnf ca.srl
echo "CA: $dir/ca.pem  key: $dir/chairman.p12 (password kezek-demo)"
