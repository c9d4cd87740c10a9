// verdict: ForbiddenApi
// line: 4
// api: TorchSharp.torch.nn.functional.cosine_similarity
Tensor Solve(Tensor x, Tensor y) => torch.nn.functional.cosine_similarity(x, y, 0);
