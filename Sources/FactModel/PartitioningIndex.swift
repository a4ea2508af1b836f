extension Array {
    /// The first index whose element satisfies `belongs`, for an array where every element that
    /// does comes after every element that does not (binary search).
    public func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
