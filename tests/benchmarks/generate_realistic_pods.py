#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Writes N pods as `kubectl get pods -A -o json` prints them for a real cluster: managedFields, owner
# references, projected token volumes, tolerations, status with container statuses (about 18 KB a
# pod). Usage: generate_realistic_pods.py N OUT.json   (docs/performance.md, "Reports of a large cluster")
import json, sys, random
n = int(sys.argv[1]); random.seed(1)
items = []
for i in range(n):
    ns = f"team-{i % 40}"
    name = f"app-{i}-7d9f8c6b5-{i:05x}"
    mf = [{"apiVersion": "v1", "fieldsType": "FieldsV1", "manager": "kube-controller-manager", "operation": "Update", "time": "2026-11-01T10:00:00Z",
           "fieldsV1": {"f:metadata": {"f:generateName": {}, "f:labels": {".": {}, "f:app": {}, "f:pod-template-hash": {}}, "f:ownerReferences": {".": {}, f'k:{{"uid":"{i:08x}-aaaa"}}': {}}},
                        "f:spec": {"f:containers": {f'k:{{"name":"c{j}"}}': {".": {}, "f:env": {".": {}, 'k:{"name":"LOG_LEVEL"}': {".": {}, "f:name": {}, "f:value": {}}}, "f:image": {}, "f:imagePullPolicy": {}, "f:name": {}, "f:ports": {".": {}, 'k:{"containerPort":8080,"protocol":"TCP"}': {".": {}, "f:containerPort": {}, "f:protocol": {}}}, "f:resources": {".": {}, "f:limits": {".": {}, "f:cpu": {}, "f:memory": {}}}, "f:securityContext": {".": {}, "f:allowPrivilegeEscalation": {}, "f:readOnlyRootFilesystem": {}}} for j in range(2)}, "f:dnsPolicy": {}, "f:restartPolicy": {}, "f:schedulerName": {}, "f:securityContext": {}, "f:terminationGracePeriodSeconds": {}}}},
          {"apiVersion": "v1", "fieldsType": "FieldsV1", "manager": "kubelet", "operation": "Update", "subresource": "status", "time": "2026-11-01T10:00:05Z",
           "fieldsV1": {"f:status": {"f:conditions": {f'k:{{"type":"{t}"}}': {".": {}, "f:lastProbeTime": {}, "f:lastTransitionTime": {}, "f:status": {}, "f:type": {}} for t in ["ContainersReady", "Initialized", "Ready", "PodScheduled"]}, "f:containerStatuses": {}, "f:hostIP": {}, "f:phase": {}, "f:podIP": {}, "f:podIPs": {".": {}, 'k:{"ip":"10.0.0.1"}': {".": {}, "f:ip": {}}}, "f:startTime": {}}}}]
    containers = [{"name": f"c{j}", "image": f"registry.example.com/team/app{i%100}:1.{j}", "imagePullPolicy": "IfNotPresent",
                   "env": [{"name": "LOG_LEVEL", "value": "info"}], "ports": [{"containerPort": 8080, "protocol": "TCP"}],
                   "resources": {"limits": {"cpu": "500m", "memory": "256Mi"}, "requests": {"cpu": "100m", "memory": "128Mi"}},
                   "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": j == 0},
                   "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File",
                   "volumeMounts": [{"mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "name": f"kube-api-access-{i:05x}", "readOnly": True}]} for j in range(2)]
    items.append({"apiVersion": "v1", "kind": "Pod", "metadata": {"creationTimestamp": "2026-11-01T10:00:00Z", "generateName": name[:-5], "labels": {"app": f"app-{i}", "pod-template-hash": "7d9f8c6b5"},
        "managedFields": mf, "name": name, "namespace": ns, "ownerReferences": [{"apiVersion": "apps/v1", "blockOwnerDeletion": True, "controller": True, "kind": "ReplicaSet", "name": name[:-6], "uid": f"{i:08x}-aaaa"}],
        "resourceVersion": str(1000 + i), "uid": f"{i:08x}-bbbb-cccc-dddd-eeeeeeeeeeee"},
        "spec": {"containers": containers, "dnsPolicy": "ClusterFirst", "enableServiceLinks": True, "nodeName": f"node-{i%50}", "preemptionPolicy": "PreemptLowerPriority", "priority": 0,
                 "restartPolicy": "Always", "schedulerName": "default-scheduler", "securityContext": {}, "serviceAccount": "default", "serviceAccountName": "default", "terminationGracePeriodSeconds": 30,
                 "tolerations": [{"effect": "NoExecute", "key": "node.kubernetes.io/not-ready", "operator": "Exists", "tolerationSeconds": 300}, {"effect": "NoExecute", "key": "node.kubernetes.io/unreachable", "operator": "Exists", "tolerationSeconds": 300}],
                 "volumes": [{"name": f"kube-api-access-{i:05x}", "projected": {"defaultMode": 420, "sources": [{"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}}, {"configMap": {"items": [{"key": "ca.crt", "path": "ca.crt"}], "name": "kube-root-ca.crt"}}, {"downwardAPI": {"items": [{"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.namespace"}, "path": "namespace"}]}}]}}]},
        "status": {"conditions": [{"lastProbeTime": None, "lastTransitionTime": "2026-11-01T10:00:05Z", "status": "True", "type": t} for t in ["Initialized", "Ready", "ContainersReady", "PodScheduled"]],
                   "containerStatuses": [{"containerID": f"containerd://{i:064x}", "image": f"registry.example.com/team/app{i%100}:1.{j}", "imageID": f"registry.example.com/team/app{i%100}@sha256:{(i*7+j):064x}", "lastState": {}, "name": f"c{j}", "ready": True, "restartCount": 0, "started": True, "state": {"running": {"startedAt": "2026-11-01T10:00:04Z"}}} for j in range(2)],
                   "hostIP": "10.1.0.1", "phase": "Running", "podIP": "10.0.0.1", "podIPs": [{"ip": "10.0.0.1"}], "qosClass": "Burstable", "startTime": "2026-11-01T10:00:00Z"}})
json.dump({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}}, open(sys.argv[2], "w"), indent=4)
