{
  "public_key": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEArXMLLUPjuU3A7+85bIvIE4cqX40WpeOUv4AVi7PjkVU=\n-----END PUBLIC KEY-----\n",
  "schema": "crossroads.signature/v1",
  "signature": "DRV6aMP+gBzpkPr9mRTrVm/oTt74tfDVbMDDfGDTOETptFurifi1PrtolNXTcR/ako1Ao7G8Xu5gf3wxuFHXCQ==",
  "statement": {
    "algorithm": "Ed25519",
    "file": "report.json",
    "key_id": "6c035cf5c18332f3c676c1c4af4430bf",
    "schema": "crossroads.signature/v1",
    "sha256": "bb157861a164e35cdde9d726b0af9ce2765a8f530c35d9e45732b94ee65e9557",
    "signed_at": "2026-12-02T06:55:52Z",
    "signer": "unknown@vm",
    "size": 8
  }
}
