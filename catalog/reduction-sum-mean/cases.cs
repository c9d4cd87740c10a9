Example("A = arange(6).reshape(2, 3)", () => [arange(6).reshape(2, 3)]);
Example("A = arange(20).reshape(5, 4)", () => [arange(20).reshape(5, 4)]);

Hidden(Text("a random integer matrix", "隨機整數矩陣"),
    r =>
    {
        var rows = r.Next(2, 6);
        return [RandomInts(r, [rows, rows + r.Next(1, 3)], -20, 20)];
    },
    Text("Axis 0 runs down the rows (one result per column); axis 1 runs across a row (one result per row).", "第 0 軸是往下跨列（每一行一個結果）；第 1 軸是在一列之內（每一列一個結果）。"));
Hidden(Text("a random square matrix", "隨機方陣"),
    r =>
    {
        var n = r.Next(2, 6);
        return [RandomInts(r, [n, n], 0, 50)];
    },
    Text("Means are float32 and are not rounded.", "平均是 float32，不會被捨入。"));

Misconception<Tensor>("axes-swapped",
    Text("The axes are swapped: sumAxis0 should have one value per column (sum down the rows), meanAxis1 one value per row.", "兩個軸弄反了：sumAxis0 每一行一個值（往下跨列加總），meanAxis1 每一列一個值。"),
    Text("The axis you name is the one that disappears: sum(dim: 0) collapses the rows and leaves one value per column.", "指定的軸就是會消失的軸：sum(dim: 0) 把列壓掉，留下每一行一個值。"),
    A => (A.sum(), A.to(float32).mean(), A.sum(dim: 1), A.to(float32).mean(dimensions: [0])));
Misconception<Tensor>("integer-mean",
    Text("The means were computed with integer division (rounded down). Convert to float32 before dividing.", "平均是用整數除法算的（被捨去小數）。請在相除前轉成 float32。"),
    Text("Convert with A.to(float32) first, then call mean().", "先用 A.to(float32) 轉型，再呼叫 mean()。"),
    A => (A.sum(), A.sum().div(A.numel(), rounding_mode: RoundingMode.floor), A.sum(dim: 0), A.sum(dim: 1).div(A.shape[1], rounding_mode: RoundingMode.floor)));

Misconception<Tensor>("mean-divided-by-wrong-count",
    Text("meanAxis1 was divided by the number of rows; a mean across a row divides the row's sum by the number of columns (the row's length).", "meanAxis1 除以了列數；一列之內的平均是把該列的總和除以行數（該列的長度）。"),
    Text("F.mean(dimensions: [1]) divides by the right count for you.", "F.mean(dimensions: [1]) 會自動除以正確的個數。"),
    A => (A.sum(), A.to(float32).mean(), A.sum(dim: 0), A.to(float32).sum(dim: 1) / A.shape[0]));
