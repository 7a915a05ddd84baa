data {
}
