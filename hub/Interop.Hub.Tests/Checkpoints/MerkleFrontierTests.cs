using Interop.Hub.Checkpoints;

namespace Interop.Hub.Tests.Checkpoints;

/// <summary>The compact range the hub keeps agrees with RFC 6962's recursive definition and its published vectors.</summary>
public sealed class MerkleFrontierTests
{
    // The eight leaves of certificate-transparency's RFC 6962 test vectors (merkle_tree_test.cc).
    private static readonly string[] VectorLeaves = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];

    [Fact]
    public void Frontier_root_matches_the_recursive_definition_at_every_size_up_to_300()
    {
        var frontier = new MerkleFrontier();
        var leaves = new List<byte[]>();
        for (var size = 0; size <= 300; size++)
        {
            Assert.Equal(Convert.ToHexString(ReferenceMerkle.Root(leaves)), Convert.ToHexString(frontier.Root()));
            Assert.Equal(size, frontier.Size);
            var leaf = BitConverter.GetBytes(size * 7919);
            frontier.Append(leaf);
            leaves.Add(leaf);
        }
    }

    [Fact]
    public void Frontier_root_of_the_eight_test_vector_leaves_is_the_published_one()
    {
        var frontier = new MerkleFrontier();
        foreach (var leaf in VectorLeaves)
        {
            frontier.Append(Convert.FromHexString(leaf));
        }

        Assert.Equal("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328", Convert.ToHexStringLower(frontier.Root()));
    }

    [Fact]
    public void Tree_hashes_take_the_native_path_on_linux_and_give_the_digests_of_dotnet_sha256()
    {
        Assert.Equal(OperatingSystem.IsLinux(), TreeHashing.UsesNative);
        var hashing = new TreeHashing();
        for (var length = 0; length <= 70; length++)
        {
            var left = System.Security.Cryptography.RandomNumberGenerator.GetBytes(length);
            var right = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData([0x00, .. left]), hashing.Leaf(left));
            Assert.Equal(System.Security.Cryptography.SHA256.HashData([0x01, .. left, .. right]), hashing.Node(left, right));
        }
    }
}
