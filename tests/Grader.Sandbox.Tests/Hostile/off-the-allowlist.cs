// verdict: ForbiddenApi
// message: TorchSharp.torch.einsum
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // Named by no rule, refused because it is not on the allowlist (after emit).
    var total = torch.einsum("ij->j", A).unsqueeze(0);
    return (total, A.cumsum(0));
}
